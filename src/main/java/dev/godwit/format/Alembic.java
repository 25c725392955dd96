package dev.godwit.format;

import dev.godwit.format.PyModule.Arg;
import dev.godwit.format.PyTokenizer.Kind;
import dev.godwit.format.PyTokenizer.Tok;
import dev.godwit.model.Comment;
import dev.godwit.model.Direction;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alembic revisions ({@code versions/*.py}): {@code revision}, {@code down_revision}, {@code upgrade()} and
 * {@code downgrade()}, read with {@link PyTokenizer} (never imported or run). {@code op.*} calls become the
 * statements Alembic emits for PostgreSQL, spanning the call; {@code op.execute("...")} SQL is parsed
 * with positions in the {@code .py} file. Alembic runs a migration in a transaction, except what sits in
 * {@code with op.get_context().autocommit_block():}. A {@code downgrade()} that only passes, holds a
 * docstring or raises {@code NotImplementedError} is no downgrade.
 */
final class Alembic {
  static final String FORMAT = "alembic";
  static final String TX = "Alembic runs the migration in a transaction (transactional DDL on PostgreSQL)";

  private Alembic() {}

  static boolean detect(Entry e) {
    String t = e.text();
    return t.contains("down_revision") && t.contains("def upgrade");
  }

  /** A revision and the revisions it follows (several for a merge point, none for a root). */
  record Rev(Migration migration, String revision, List<String> downRevisions) {}

  static List<Migration> read(Entry e, ReadOptions options) {
    return List.of(revision(e).migration());
  }

  /**
   * Orders revisions by their {@code down_revision} links: roots first, each revision after all the
   * revisions it names (a merge waits for every branch); branches side by side in file order. Revisions
   * whose parents are missing (or that form a cycle) come last, in file order.
   */
  static List<Migration> order(List<Rev> revs) {
    java.util.Set<String> known = new java.util.HashSet<>();
    for (Rev r : revs) {
      known.add(r.revision());
    }
    List<Migration> out = new ArrayList<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    List<Rev> pending = new ArrayList<>(revs);
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (java.util.Iterator<Rev> it = pending.iterator(); it.hasNext(); ) {
        Rev r = it.next();
        boolean ready = true;
        for (String d : r.downRevisions()) {
          if (known.contains(d) && !done.contains(d)) {
            ready = false;
          }
        }
        if (ready) {
          out.add(r.migration());
          done.add(r.revision());
          it.remove();
          progress = true;
        }
      }
    }
    for (Rev r : pending) {
      out.add(r.migration());
    }
    return out;
  }

  static Rev revision(Entry e) {
    PyModule py = new PyModule(e.text());
    String revision = constant(py, "revision");
    String down = constant(py, "down_revision");
    List<String> downs = new ArrayList<>();
    int[] dr = py.constants.get("down_revision");
    if (dr != null) {
      for (int k = dr[0]; k < Math.min(dr[1], py.toks.size()); k++) {
        if (py.toks.get(k).kind() == Kind.STRING) {
          downs.add(PyTokenizer.value(py.src, py.toks.get(k)).toString());
        }
      }
    }
    String doc = docstring(py);
    List<Script> up = new ArrayList<>(scripts(py, e.file(), "upgrade", Direction.UP));
    if (up.isEmpty()) { // no upgrade() body: the migration still exists, with nothing to check
      up.add(new Script(e.file(), Direction.UP, ScriptBuilder.whole(e.file()), List.of(), py.comments(null),
          TxMode.WRAPPED, TX));
    }
    List<Script> downScripts = List.of();
    int[] body = py.function("downgrade");
    if (body != null && !trivial(py, body)) {
      downScripts = scripts(py, e.file(), "downgrade", Direction.DOWN);
    }
    String rev = revision == null ? e.name() : revision;
    return new Rev(new Migration(FORMAT, rev, doc != null ? doc : (down == null ? "" : "after " + down), 0, up,
        downScripts), rev, downs);
  }

  private static String constant(PyModule py, String name) {
    int[] c = py.constants.get(name);
    if (c == null) {
      return null;
    }
    SqlText t = py.string(c[0], c[1], 0);
    return t == null ? py.text(c[0], c[1]) : t.toString();
  }

  private static String docstring(PyModule py) {
    if (!py.toks.isEmpty() && py.toks.get(0).kind() == Kind.STRING) {
      String first = PyTokenizer.value(py.src, py.toks.get(0)).toString().strip().lines().findFirst().orElse("");
      return first.isEmpty() ? null : first;
    }
    return null;
  }

  /** Only {@code pass}, docstrings, {@code ...} or {@code raise NotImplementedError}. */
  static boolean trivial(PyModule py, int[] body) {
    for (int k = body[0]; k < body[1]; ) {
      Tok t = py.toks.get(k);
      int end = py.lineEnd(k);
      boolean ok = t.is("pass") || (t.kind() == Kind.STRING && end == k + 1) || (t.is("...") || (t.is(".") && end - k == 3))
          || (t.is("raise") && k + 1 < end && py.toks.get(k + 1).text().startsWith("NotImplemented"));
      if (!ok) {
        return false;
      }
      k = end;
    }
    return true;
  }

  private record Item(Statement statement, boolean autocommit, Span block) {}

  private static List<Script> scripts(PyModule py, SourceFile file, String function, Direction dir) {
    int[] body = py.function(function);
    if (body == null || body[0] >= body[1] || body[1] > py.toks.size()) {
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    List<Comment> sqlComments = new ArrayList<>();
    List<int[]> autocommit = new ArrayList<>();
    List<Object[]> batches = new ArrayList<>(); // {int[] range, String alias, String table}
    for (int k = body[0]; k < body[1]; k++) {
      Tok t = py.toks.get(k);
      if (t.lineStart() && t.is("with")) {
        int[] blk = py.block(k);
        String head = py.text(k, blk[0]);
        if (head.contains("autocommit_block")) {
          autocommit.add(blk);
        }
        int b = find(py, k, blk[0], "batch_alter_table");
        if (b >= 0 && b + 1 < blk[0] && py.toks.get(b + 1).is("(")) {
          List<Arg> args = py.args(b + 1);
          String table = str(py, PyModule.pos(args, 0));
          Matcher m = Pattern.compile("\\bas\\s+(\\w+)").matcher(head);
          if (table != null && m.find()) {
            batches.add(new Object[] {blk, m.group(1), table});
          }
        }
      }
      if (k + 3 < body[1] && t.kind() == Kind.NAME && py.toks.get(k + 1).is(".")
          && py.toks.get(k + 2).kind() == Kind.NAME && py.toks.get(k + 3).is("(")
          && (k == 0 || !py.toks.get(k - 1).is("."))) {
        String receiver = t.text();
        String method = py.toks.get(k + 2).text();
        int open = k + 3;
        int close = py.close(open);
        Span callSpan = py.span(k, close + 1);
        String batchTable = null;
        for (Object[] b : batches) {
          int[] r = (int[]) b[0];
          if (k >= r[0] && k < r[1] && receiver.equals(b[1])) {
            batchTable = (String) b[2];
          }
        }
        boolean ac = inside(autocommit, k);
        Span block = block(py, autocommit, k);
        if (method.equals("execute") || method.equals("exec_driver_sql")) {
          for (Statement s : py.executed(k, open, sqlComments)) {
            items.add(new Item(s, ac, block));
          }
        } else if (receiver.equals("op") || batchTable != null) {
          String sql = AlembicOps.sql(py, method, py.args(open), batchTable);
          if (sql != null) {
            items.add(new Item(ScriptBuilder.synthetic(sql, AlembicFixes.map(py, k, open, receiver, method, ac, callSpan)),
                ac, block));
          }
        }
      } else if (k + 2 < body[1] && t.is(".") && py.toks.get(k + 1).is("execute") && py.toks.get(k + 2).is("(")
          && k > 0 && py.toks.get(k - 1).is(")")) {
        // op.get_bind().execute(...), op.get_context().connection.execute(...)
        int from = k - 1;
        int depth = 0;
        while (from > body[0]) {
          Tok x = py.toks.get(from);
          if (x.is(")")) {
            depth++;
          } else if (x.is("(")) {
            depth--;
          }
          if (depth == 0 && (x.lineStart() || (!py.toks.get(from - 1).is(".") && x.kind() == Kind.NAME
              && !py.toks.get(from - 1).is(")")))) {
            break;
          }
          from--;
        }
        boolean ac = inside(autocommit, k);
        for (Statement s : py.executed(from, k + 2, sqlComments)) {
          items.add(new Item(s, ac, block(py, autocommit, k)));
        }
      }
    }
    // consecutive statements with the same transaction mode form one script
    // the function's region runs from the end of its `def` line (from the top of the module for the
    // first function, so module comments such as godwit-ignore-file belong to it) to the next top-level code
    int defStart = py.toks.get(body[0] - 1).end();
    boolean firstFunction = true;
    for (int k = 0; k < body[0]; k++) {
      if (py.toks.get(k).lineStart() && py.toks.get(k).is("def") && py.toks.get(k).indent() == 0
          && k + 1 < py.toks.size() && py.toks.get(k + 1).kind() == Kind.NAME && !py.toks.get(k + 1).is(function)) {
        firstFunction = false;
      }
    }
    int[] fn = new int[] {firstFunction ? 0 : defStart,
        body[1] < py.toks.size() ? py.toks.get(body[1]).start() : py.src.length()};
    List<Script> out = new ArrayList<>();
    List<Statement> current = new ArrayList<>();
    Boolean mode = null;
    int regionStart = fn[0];
    Span curBlock = null;
    for (Item it : items) {
      if (mode != null && mode != it.autocommit()) {
        int cut = it.autocommit() ? it.block().start() : curBlock.end();
        out.add(script(py, file, dir, current, sqlComments, new Span(regionStart, cut), mode, function));
        current = new ArrayList<>();
        regionStart = cut;
      }
      mode = it.autocommit();
      curBlock = it.block();
      current.add(it.statement());
    }
    out.add(script(py, file, dir, current, sqlComments, new Span(regionStart, Math.max(regionStart, fn[1])),
        mode != null && mode, function));
    return out;
  }

  private static Script script(PyModule py, SourceFile file, Direction dir, List<Statement> st, List<Comment> sqlComments,
      Span region, boolean autocommit, String function) {
    List<Comment> comments = new ArrayList<>(py.comments(region));
    for (Comment c : sqlComments) {
      if (c.span().start() >= region.start() && c.span().start() < region.end()) {
        comments.add(c);
      }
    }
    comments.sort((a, b) -> a.span().compareTo(b.span()));
    return new Script(file, dir, region, ScriptBuilder.renumber(st), comments,
        autocommit ? TxMode.AUTOCOMMIT : TxMode.WRAPPED,
        autocommit ? "it runs inside op.get_context().autocommit_block() in " + function + "()" : TX);
  }

  private static boolean inside(List<int[]> ranges, int k) {
    for (int[] r : ranges) {
      if (k >= r[0] && k < r[1]) {
        return true;
      }
    }
    return false;
  }

  private static Span block(PyModule py, List<int[]> ranges, int k) {
    for (int[] r : ranges) {
      if (k >= r[0] && k < r[1]) {
        // from the `with` line (the token before the block's first) to the block's last token
        int headStart = r[0] - 1;
        while (headStart > 0 && !py.toks.get(headStart).lineStart()) {
          headStart--;
        }
        return new Span(py.toks.get(headStart).start(), py.toks.get(r[1] - 1).end());
      }
    }
    return new Span(py.toks.get(k).start(), py.toks.get(k).end());
  }

  private static int find(PyModule py, int from, int to, String name) {
    for (int k = from; k < to; k++) {
      if (py.toks.get(k).is(name)) {
        return k;
      }
    }
    return -1;
  }

  static String str(PyModule py, Arg a) {
    if (a == null) {
      return null;
    }
    SqlText t = py.string(a.from(), a.to(), 0);
    return t == null ? null : t.toString();
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
