package dev.godwit.format;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plain SQL: every {@code .sql} file no other format took, one migration per file, in path order. It runs
 * as psql runs it, in autocommit mode, unless {@code --assume-in-transaction} says the tool wraps it.
 */
final class PlainSql implements MigrationFormat {
  @Override
  public Format kind() {
    return Format.PLAIN;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return options.assumeInTransaction()
        ? new TxModel(TxMode.WRAPPED, "--assume-in-transaction is set")
        : new TxModel(TxMode.AUTOCOMMIT, "a plain SQL file runs in autocommit mode unless it opens a transaction itself");
  }

  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : pool) {
      if (Reading.isSql(e)) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    List<Entry> plain = new ArrayList<>(mine);
    plain.sort(Comparator.comparing(e -> e.file().path()));
    TxModel tx = transactions(r.options());
    List<Migration> out = new ArrayList<>();
    for (Entry e : plain) {
      out.add(new Migration(Format.PLAIN, null, e.file().name(), 0,
          List.of(r.parsed(e.file()).script(e.file(), Direction.UP, ScriptBuilder.whole(e.file()), tx.mode(),
              tx.reason())), List.of()));
    }
    return out;
  }
}
