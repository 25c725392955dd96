package dev.godwit.format;

import dev.godwit.model.Direction;
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
final class Numbered {
  static final String FORMAT = "numbered";
  static final Pattern NAME = Pattern.compile("^(\\d+)[_-](.*)\\.sql$", Pattern.CASE_INSENSITIVE);
  static final Set<String> ROLLBACK_DIRS = Set.of("rollback", "rollbacks");
  static final String TX_REASON =
      "numbered SQL runs as written (psql): only the script's own BEGIN ... COMMIT opens a transaction";

  private Numbered() {}

  static boolean candidate(Entry e) {
    return NAME.matcher(e.name()).matches() && !ProjectReader.GOLANG_MIGRATE.matcher(e.name()).matches();
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

  /**
   * Reads the numbered migrations among {@code candidates}; the others go to {@code rest}. With
   * {@code forced} (the user said the folder is numbered SQL) no rollback folder is needed.
   */
  static List<Migration> read(List<Entry> candidates, List<Entry> rest, boolean forced,
      java.util.function.Function<dev.godwit.model.SourceFile, ScriptBuilder.Parsed> parser) {
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
