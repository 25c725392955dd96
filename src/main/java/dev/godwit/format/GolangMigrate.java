package dev.godwit.format;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.TxMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * golang-migrate: {@code <version>_<description>.up.sql} and {@code .down.sql} pairs, per folder in
 * numeric version order. golang-migrate's PostgreSQL driver sends the whole file as one multi-statement
 * string, which PostgreSQL runs as one implicit transaction.
 */
final class GolangMigrate implements MigrationFormat {
  static final Pattern NAME = Pattern.compile("^(\\d+)_(.*)\\.(up|down)\\.sql$");
  static final String TX_REASON =
      "golang-migrate sends the file as one multi-statement string, which PostgreSQL runs as one implicit transaction";

  @Override
  public Format kind() {
    return Format.GOLANG_MIGRATE;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.IMPLICIT_MULTI_STATEMENT, TX_REASON);
  }

  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : pool) {
      if (Reading.isSql(e) && Flyway.byName(r.forced(e)) && NAME.matcher(e.name()).matches()) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    Map<String, Entry[]> golang = new LinkedHashMap<>();
    for (Entry e : mine) {
      Matcher gm = NAME.matcher(e.name());
      gm.matches();
      String key = folder(e) + "\u0000" + Versions.normalize(gm.group(1).replaceFirst("^0+(?=\\d)", ""));
      golang.computeIfAbsent(key, k -> new Entry[2])[gm.group(3).equals("up") ? 0 : 1] = e;
    }
    List<Map.Entry<String, Entry[]>> gms = new ArrayList<>(golang.entrySet());
    gms.sort((a, b) -> Flyway.byFolderAndVersion(a.getKey(), b.getKey()));
    List<Migration> out = new ArrayList<>();
    for (Map.Entry<String, Entry[]> g : gms) {
      Entry[] pair = g.getValue();
      Entry any = pair[0] != null ? pair[0] : pair[1];
      Matcher m = NAME.matcher(any.file().name());
      m.matches();
      List<Script> up = pair[0] == null ? List.of() : List.of(script(pair[0], Direction.UP, r));
      List<Script> down = pair[1] == null ? List.of() : List.of(script(pair[1], Direction.DOWN, r));
      out.add(new Migration(Format.GOLANG_MIGRATE, m.group(1), m.group(2).replace('_', ' '), 0, up, down));
    }
    return out;
  }

  private static String folder(Entry e) {
    Path p = e.path().toAbsolutePath().getParent();
    return p == null ? "" : p.toString();
  }

  private Script script(Entry e, Direction dir, Reading r) {
    return r.parsed(e.file()).script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.IMPLICIT_MULTI_STATEMENT,
        TX_REASON);
  }
}
