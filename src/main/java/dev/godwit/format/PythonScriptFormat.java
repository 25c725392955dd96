package dev.godwit.format;

import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Python migration scripts that run SQL through a DB driver ({@link PythonScripts}): one migration per
 * file, in path order. The driver opens a transaction at the first statement and keeps it until
 * {@code commit()}, unless the script switches the connection to autocommit.
 */
final class PythonScriptFormat implements MigrationFormat {
  @Override
  public Format kind() {
    return Format.PYTHON_SCRIPT;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.WRAPPED,
        "the Python DB driver opens a transaction at the first statement and keeps it until commit()");
  }

  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : pool) {
      if (Reading.hasExtension(e, ".py") && PythonScripts.detect(e)) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    List<Migration> out = new ArrayList<>();
    for (Entry e : mine) {
      out.addAll(r.safely(e, () -> List.of(PythonScripts.read(e, r.options()))));
    }
    return out;
  }
}
