package dev.godwit.format;

import dev.godwit.format.host.PyModule;
import dev.godwit.format.host.PyTokenizer;
import dev.godwit.format.host.PyTokenizer.Kind;
import dev.godwit.format.host.PyTokenizer.Tok;
import dev.godwit.model.Comment;
import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.StatementTx;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plain Python migration scripts that run SQL through a DB-API cursor or a SQLAlchemy connection
 * ({@code cur.execute("...")}, {@code conn.execute(text("..."))}), e.g.
 * {@code scripts/migrate_add_sequence_column.py}. Recognised by a name or folder that says
 * "migrat" and an {@code execute(} call.
 *
 * <p>The transaction state is decided statement by statement, in source order, as psycopg2 runs the
 * script (each rule checked against PostgreSQL in PythonDriverTransactionsTest):
 * <ul>
 *   <li>Without autocommit the driver sends BEGIN before the first statement and keeps the transaction
 *       open until {@code commit()} or {@code rollback()}; the next statement opens a new one.
 *   <li>{@code conn.autocommit = True}, {@code set_session(autocommit=True)},
 *       {@code set_isolation_level(ISOLATION_LEVEL_AUTOCOMMIT)} (0), {@code connect(..., autocommit=True)},
 *       {@code isolation_level="AUTOCOMMIT"} switch to autocommit where they run; {@code autocommit = False}
 *       and other isolation levels switch back. {@code set_isolation_level} ends the open transaction.
 *   <li>{@code execute("BEGIN")} opens a transaction block; {@code execute("COMMIT")} (or ROLLBACK) ends
 *       the open one, and without autocommit the driver does not open another until {@code commit()} or
 *       {@code rollback()}: the statements in between run on their own.
 *   <li>Several statements in one {@code execute()} string, outside a transaction, run as one implicit
 *       transaction block (PostgreSQL's simple query protocol).
 *   <li>{@code with conn:} runs its block in one transaction (also on an autocommit connection, as
 *       psycopg2 2.9 does) and commits at its end; so do {@code with conn.transaction():} (psycopg 3) and
 *       {@code with engine.begin() as conn:} (SQLAlchemy). {@code with psycopg2.connect(...) as conn:} and
 *       {@code with engine.connect() as conn:} end the open transaction at the end of their block.
 * </ul>
 * psycopg 3 (a module that imports {@code psycopg}, not {@code psycopg2}) differs in two points: after the
 * script's own COMMIT the next statement opens a new transaction (it asks the server), and {@code with conn:}
 * opens none. Calls are taken in source order; Godwit does not follow loops, branches or calls between
 * functions.
 */
final class PythonScripts {
  static final Format FORMAT = Format.PYTHON_SCRIPT;

  private static final String DRIVER =
      "the Python DB driver opens a transaction at the first statement and keeps it until commit()";
  private static final Pattern PSYCOPG3 = Pattern.compile("^\\s*(import|from)\\s+psycopg(\\s|\\.|$)", Pattern.MULTILINE);
  private static final Pattern CONNECTION_NAME = Pattern.compile("[A-Za-z_][\\w.]*(\\s+as\\s+\\w+)?");

  private PythonScripts() {}

  static boolean detect(Entry e) {
    String path = e.file().path().toLowerCase(Locale.ROOT);
    return path.contains("migrat") && e.text().contains(".execute(");
  }

  static Migration read(Entry e, ReadOptions options) {
    PyModule py = new PyModule(e.text());
    boolean psycopg3 = PSYCOPG3.matcher(e.text()).find() && !e.text().contains("psycopg2");
    List<Comment> comments = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < py.toks.size(); k++) {
      Tok t = py.toks.get(k);
      if (k + 2 < py.toks.size() && t.is(".") && py.toks.get(k + 1).kind() == Kind.NAME
          && (py.toks.get(k + 1).is("execute") || py.toks.get(k + 1).is("executemany")
              || py.toks.get(k + 1).is("exec_driver_sql"))
          && py.toks.get(k + 2).is("(") && k > 0) {
        int from = k - 1;
        while (from > 0 && (py.toks.get(from - 1).is(".") && from - 2 >= 0)) {
          from -= 2;
        }
        List<Statement> sent = py.executed(from, k + 2, comments);
        if (!sent.isEmpty()) {
          events.add(new Event(k, 1, Act.EXECUTE, sent, line(py, k)));
        }
      } else if (t.kind() == Kind.NAME && k + 2 < py.toks.size() && py.toks.get(k + 1).is("=")
          && (t.is("autocommit") || t.is("isolation_level"))) {
        // conn.autocommit = True, set_session(autocommit=True), connect(..., autocommit=True),
        // execution_options(isolation_level="AUTOCOMMIT"), create_engine(..., isolation_level=...)
        Tok v = py.toks.get(k + 2);
        String value = v.kind() == Kind.STRING ? PyTokenizer.value(py.src, v).toString() : v.text();
        boolean on = t.is("autocommit") ? value.equals("True") : value.equalsIgnoreCase("AUTOCOMMIT");
        boolean off = t.is("autocommit") ? value.equals("False") : v.kind() == Kind.STRING && !on;
        if (on || off) {
          events.add(new Event(k, 1, on ? Act.AUTOCOMMIT_ON : Act.AUTOCOMMIT_OFF, null, line(py, k)));
        }
      } else if (k > 0 && t.kind() == Kind.NAME && py.toks.get(k - 1).is(".") && k + 1 < py.toks.size()
          && py.toks.get(k + 1).is("(")) {
        if (t.is("commit") || t.is("rollback")) {
          events.add(new Event(k, 1, Act.END, null, line(py, k)));
        } else if (t.is("connect") && k >= 2 && (py.toks.get(k - 2).is("psycopg2") || py.toks.get(k - 2).is("psycopg"))) {
          // a new connection: no transaction, no autocommit unless its arguments say so
          events.add(new Event(k, 0, Act.CONNECT, null, line(py, k)));
        } else if (t.is("set_isolation_level") || t.is("set_autocommit")) {
          String arg = py.text(k + 2, py.close(k + 1)).trim();
          boolean on = t.is("set_autocommit") ? arg.equals("True")
              : arg.equals("0") || arg.endsWith("ISOLATION_LEVEL_AUTOCOMMIT");
          if (t.is("set_isolation_level")) {
            events.add(new Event(k, 0, Act.END, null, line(py, k)));
          }
          events.add(new Event(k, 1, on ? Act.AUTOCOMMIT_ON : Act.AUTOCOMMIT_OFF, null, line(py, k)));
        }
      } else if (t.lineStart() && t.is("with")) {
        int[] blk = py.block(k);
        String head = py.text(k + 1, blk[0] - 1).trim();
        boolean connection = CONNECTION_NAME.matcher(head).matches();
        boolean transaction = connection || head.contains(".transaction(") || head.contains(".begin(");
        if (transaction || head.contains("connect(")) {
          // psycopg 3's `with conn:` only commits and closes at its end
          if (transaction && !(connection && psycopg3)) {
            events.add(new Event(k, 1, Act.CONTEXT, null, line(py, k)));
          }
          // the block ends before the first token after it
          events.add(new Event(blk[1], 0, transaction ? Act.CONTEXT_END : Act.END, null, line(py, k)));
        }
      }
    }
    events.sort(Comparator.comparingInt(Event::at).thenComparingInt(Event::order));
    comments.addAll(py.comments(null));
    comments.sort((a, b) -> a.span().compareTo(b.span()));
    Driver d = new Driver(e.file().lines(), psycopg3);
    for (Event ev : events) {
      d.apply(ev);
    }
    List<Statement> statements = d.statements;
    List<StatementTx> tx = d.out;
    boolean allAutocommit = !tx.isEmpty() && tx.stream().allMatch(t -> t.mode() == TxMode.AUTOCOMMIT);
    boolean startsAutocommit = tx.isEmpty() ? d.autocommit : tx.get(0).mode() == TxMode.AUTOCOMMIT;
    TxMode mode = allAutocommit || startsAutocommit ? TxMode.AUTOCOMMIT : TxMode.WRAPPED;
    Script s = Script.perStatement(e.file(), Direction.UP, ScriptBuilder.whole(e.file()), ScriptBuilder.renumber(statements),
        comments, mode, mode == TxMode.AUTOCOMMIT ? "the script switches its connection to autocommit" : DRIVER, tx);
    return new Migration(FORMAT, null, e.name(), 0, List.of(s), List.of());
  }

  /** 1-based line of token {@code k} (the last line past the end). */
  private static int line(PyModule py, int k) {
    int offset = k < py.toks.size() ? py.toks.get(k).start() : py.src.length();
    int n = 1;
    for (int i = 0; i < offset; i++) {
      if (py.src.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private enum Act { EXECUTE, AUTOCOMMIT_ON, AUTOCOMMIT_OFF, END, CONTEXT, CONTEXT_END, CONNECT }

  /** Something the script does at token {@code at} ({@code order} breaks ties). */
  private record Event(int at, int order, Act act, List<Statement> sent, int line) {}

  /** psycopg2's view of the connection, and the server's, as the script runs. */
  private static final class Driver {
    final dev.godwit.model.LineIndex lines;
    final List<Statement> statements = new ArrayList<>();
    final List<StatementTx> out = new ArrayList<>();
    boolean autocommit;
    String autocommitReason;
    /** The open transaction block on the server, or -1. */
    int open = -1;
    boolean openExplicit;
    String openReason;
    /** The driver believes a transaction is open that the script's own COMMIT ended. */
    String desync;
    /** Nested transaction contexts ({@code with conn:}) still open. */
    int contexts;
    int blocks;

    /** psycopg 3 asks the server whether a transaction is open, so the script's own COMMIT does not confuse it. */
    final boolean psycopg3;

    Driver(dev.godwit.model.LineIndex lines, boolean psycopg3) {
      this.lines = lines;
      this.psycopg3 = psycopg3;
    }

    void apply(Event ev) {
      switch (ev.act()) {
        case AUTOCOMMIT_ON -> {
          autocommit = true;
          autocommitReason = "the script switches its connection to autocommit at line " + ev.line();
        }
        case AUTOCOMMIT_OFF -> autocommit = false;
        case CONTEXT -> {
          if (contexts++ == 0 && open < 0 && (autocommit || desync != null)) {
            openBlock(true, "the with block at line " + ev.line() + " runs in one transaction");
          }
        }
        case END -> end();
        case CONNECT -> {
          end();
          autocommit = false;
        }
        case CONTEXT_END -> {
          if (contexts > 0 && --contexts == 0) {
            end();
          }
        }
        case EXECUTE -> execute(ev, ev.sent());
      }
    }

    /** commit(), rollback(): the open transaction ends, and the driver's next statement opens a new one. */
    private void end() {
      open = -1;
      desync = null;
    }

    private void openBlock(boolean explicit, String reason) {
      open = ++blocks;
      openExplicit = explicit;
      openReason = reason;
    }

    /** True when nothing is open on the server and the driver will not open anything either. */
    private boolean serverIdle() {
      return open < 0 && (autocommit || desync != null);
    }

    private String idleReason() {
      return desync != null ? desync : autocommitReason;
    }

    private void execute(Event ev, List<Statement> sent) {
      boolean control = sent.stream().anyMatch(s -> s.node() instanceof Node.Transaction);
      if (open < 0 && !serverIdle()) {
        openBlock(false, DRIVER); // psycopg2 sends BEGIN before the statement
      }
      if (sent.size() == 1 && !control || open >= 0 && !control) {
        for (Statement s : sent) {
          add(s, open >= 0 ? new StatementTx(TxMode.WRAPPED, open, openExplicit, openReason)
              : new StatementTx(TxMode.AUTOCOMMIT, 0, false, idleReason()));
        }
        return;
      }
      // one string: outside a transaction block PostgreSQL runs its statements as one implicit block,
      // which BEGIN turns into a regular one and COMMIT ends
      boolean multi = sent.size() > 1;
      int implicit = -1;
      String implicitReason = "the execute() call at line " + ev.line() + " sends " + sent.size()
          + " statements in one string, which PostgreSQL runs as one implicit transaction";
      for (Statement s : sent) {
        Node.TxKind kind = s.node() instanceof Node.Transaction t ? t.kind() : null;
        StatementTx now;
        if (open >= 0) {
          now = new StatementTx(TxMode.WRAPPED, open, openExplicit, openReason);
        } else if (multi) {
          if (implicit < 0) {
            implicit = ++blocks;
          }
          now = new StatementTx(TxMode.IMPLICIT_MULTI_STATEMENT, implicit, false, implicitReason);
        } else {
          now = new StatementTx(TxMode.AUTOCOMMIT, 0, false, idleReason());
        }
        add(s, now);
        if (kind == Node.TxKind.BEGIN && open < 0) {
          openBlock(true, "the BEGIN at line " + lines.line(s.span().start()) + " opened a transaction block");
          if (implicit >= 0) {
            open = implicit;
          }
        } else if (kind == Node.TxKind.COMMIT || kind == Node.TxKind.ROLLBACK || kind == Node.TxKind.PREPARE) {
          open = -1;
          implicit = -1;
          if (!autocommit && !psycopg3) {
            desync = "the " + kind + " at line " + lines.line(s.span().start()) + " ended the driver's transaction,"
                + " and the driver opens no other until commit() or rollback()";
          }
        }
      }
    }

    private void add(Statement s, StatementTx tx) {
      out.add(tx);
      statements.add(s);
    }
  }
}
