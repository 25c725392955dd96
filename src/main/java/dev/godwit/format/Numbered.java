package dev.godwit.format;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.TxMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered SQL with a rollback folder: {@code 0004_add_x.sql} in a folder that has a {@code rollback/}
 * (or {@code rollbacks/}) sub-folder, whose {@code 0004_rollback_x.sql} is the downgrade, paired by
 * number. The scripts run as written (psql): only their own BEGIN ... COMMIT opens a transaction.
 * Numbered files in a folder without a rollback folder are plain SQL.
 */
final class Numbered implements MigrationFormat {
  static final Format FORMAT = Format.NUMBERED;
  static final Pattern NAME = Pattern.compile("^(\\d+)[_-](.*)\\.sql$", Pattern.CASE_INSENSITIVE);
  static final Set<String> ROLLBACK_DIRS = Set.of("rollback", "rollbacks");
  static final String TX_REASON =
      "numbered SQL runs as written (psql): only the script's own BEGIN ... COMMIT opens a transaction";

  @Override
  public Format kind() {
    return FORMAT;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.AUTOCOMMIT, TX_REASON);
  }

  /**
   * The candidates ({@link #candidate}) that are numbered migrations: in a {@code rollback/} folder, next to
   * one, or anywhere when the user forced the format on a file of the pool; two files with one number: the
   * second is left for the next format.
   */
  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    List<Entry> candidates = new ArrayList<>();
    boolean forced = false;
    for (Entry e : pool) {
      Format f = r.forced(e);
      forced |= f == FORMAT;
      if (Reading.isSql(e) && (f == null || f == FORMAT) && candidate(e)) {
        candidates.add(e);
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Map<String, Entry[]> folder : group(candidates, new ArrayList<>(), forced).values()) {
      for (Entry[] pair : folder.values()) {
        for (Entry e : pair) {
          if (e != null) {
            out.add(e);
          }
        }
      }
    }
    return out;
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    return read(mine, new ArrayList<>(), true, r.parser());
  }

  static boolean candidate(Entry e) {
    return NAME.matcher(e.name()).matches() && !GolangMigrate.NAME.matcher(e.name()).matches();
  }

  private static boolean inRollbackDir(Entry e) {
    Path parent = e.path().toAbsolutePath().normalize().getParent();
    return parent != null && parent.getFileName() != null
        && ROLLBACK_DIRS.contains(parent.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean hasRollbackDir(Path folder) {
    for (String d : ROLLBACK_DIRS) {
      if (Files.isDirectory(folder.resolve(d))) {
        return true;
      }
    }
    return false;
  }

  /** The numbered migrations among {@code candidates} by folder and number; the others go to {@code rest}. */
  private static Map<Path, Map<String, Entry[]>> group(List<Entry> candidates, List<Entry> rest, boolean forced) {
    Map<Path, Map<String, Entry[]>> byFolder = new LinkedHashMap<>();
    for (Entry e : candidates) {
      Path parent = e.path().toAbsolutePath().normalize().getParent();
      boolean down = inRollbackDir(e);
      Path folder = down ? parent.getParent() : parent;
      if (folder == null || !(down || forced || hasRollbackDir(folder))) {
        rest.add(e);
        continue;
      }
      Matcher m = NAME.matcher(e.name());
      m.matches();
      String number = new java.math.BigInteger(m.group(1)).toString();
      Entry[] pair = byFolder.computeIfAbsent(folder, k -> new LinkedHashMap<>()).computeIfAbsent(number, k -> new Entry[2]);
      if (pair[down ? 1 : 0] != null) {
        rest.add(e); // two files with one number: read the second as plain SQL
      } else {
        pair[down ? 1 : 0] = e;
      }
    }
    return byFolder;
  }

  /**
   * Reads the numbered migrations among {@code candidates}; the others go to {@code rest}. With
   * {@code forced} (the user said the folder is numbered SQL) no rollback folder is needed.
   */
  static List<Migration> read(List<Entry> candidates, List<Entry> rest, boolean forced,
      java.util.function.Function<dev.godwit.model.SourceFile, ScriptBuilder.Parsed> parser) {
    Map<Path, Map<String, Entry[]>> byFolder = group(candidates, rest, forced);
    List<Migration> out = new ArrayList<>();
    for (Map<String, Entry[]> folder : byFolder.values()) {
      List<Map.Entry<String, Entry[]>> list = new ArrayList<>(folder.entrySet());
      list.sort(Comparator.comparing(x -> new java.math.BigInteger(x.getKey())));
      for (Map.Entry<String, Entry[]> x : list) {
        Entry up = x.getValue()[0];
        Entry down = x.getValue()[1];
        Matcher m = NAME.matcher((up != null ? up : down).name());
        m.matches();
        out.add(new Migration(FORMAT, m.group(1), m.group(2).replace('_', ' '), 0,
            up == null ? List.of() : List.of(script(up, Direction.UP, parser)),
            down == null ? List.of() : List.of(script(down, Direction.DOWN, parser))));
      }
    }
    return out;
  }

  private static Script script(Entry e, Direction dir,
      java.util.function.Function<dev.godwit.model.SourceFile, ScriptBuilder.Parsed> parser) {
    var parsed = parser.apply(e.file());
    return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.AUTOCOMMIT, TX_REASON);
  }
}
