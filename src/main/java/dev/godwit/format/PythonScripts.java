package dev.godwit.format;

import dev.godwit.format.PyTokenizer.Kind;
import dev.godwit.format.PyTokenizer.Tok;
import dev.godwit.model.Comment;
import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain Python migration scripts that run SQL through a DB-API cursor or a SQLAlchemy connection
 * ({@code cur.execute("...")}, {@code conn.execute(text("..."))}), e.g.
 * {@code scripts/migrate_add_sequence_column.py}. Recognised by a name or folder that says
 * "migrat" and an {@code execute(} call. DB-API drivers (psycopg) open a transaction at the first
 * statement and keep it until {@code commit()}, unless the script sets {@code autocommit = True}.
 */
final class PythonScripts {
  static final Format FORMAT = Format.PYTHON_SCRIPT;

  private PythonScripts() {}

  static boolean detect(Entry e) {
    String path = e.file().path().toLowerCase(Locale.ROOT);
    return path.contains("migrat") && e.text().contains(".execute(");
  }

  static Migration read(Entry e, ReadOptions options) {
    PyModule py = new PyModule(e.text());
    List<Statement> statements = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    for (int k = 0; k + 2 < py.toks.size(); k++) {
      Tok t = py.toks.get(k);
      if (t.is(".") && py.toks.get(k + 1).kind() == Kind.NAME
          && (py.toks.get(k + 1).is("execute") || py.toks.get(k + 1).is("executemany")
              || py.toks.get(k + 1).is("exec_driver_sql"))
          && py.toks.get(k + 2).is("(") && k > 0) {
        int from = k - 1;
        while (from > 0 && (py.toks.get(from - 1).is(".") && from - 2 >= 0)) {
          from -= 2;
        }
        statements.addAll(py.executed(from, k + 2, comments));
      }
    }
    comments.addAll(py.comments(null));
    comments.sort((a, b) -> a.span().compareTo(b.span()));
    statements.sort((a, b) -> a.span().compareTo(b.span()));
    String text = e.text().replaceAll("\\s+", "");
    boolean autocommit = text.contains("autocommit=True") || text.contains("isolation_level=\"AUTOCOMMIT\"")
        || text.contains("isolation_level='AUTOCOMMIT'") || text.contains("ISOLATION_LEVEL_AUTOCOMMIT");
    Script s = new Script(e.file(), Direction.UP, ScriptBuilder.whole(e.file()), ScriptBuilder.renumber(statements),
        comments, autocommit ? TxMode.AUTOCOMMIT : TxMode.WRAPPED,
        autocommit ? "the script switches its connection to autocommit"
            : "the Python DB driver opens a transaction at the first statement and keeps it until commit()");
    return new Migration(FORMAT, null, e.name(), 0, List.of(s), List.of());
  }
}
