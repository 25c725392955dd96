package dev.godwit.format;

import dev.godwit.format.host.PyModule;
import dev.godwit.format.host.PyTokenizer;
import dev.godwit.format.host.SqlText;
import dev.godwit.format.host.PyModule.Arg;
import dev.godwit.format.host.PyTokenizer.Kind;
import dev.godwit.format.host.PyTokenizer.Tok;
import dev.godwit.model.Comment;
import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
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
  static final Format FORMAT = Format.ALEMBIC;
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

  /** {@code env.py}: never a migration, only read for how the revisions are run. */
  static boolean isEnv(Entry e) {
    String t = e.text();
    return e.name().equals("env.py") && t.contains("context") && (t.contains("run_migrations")
        || t.contains("configure(")) && !t.contains("down_revision");
  }

  /**
   * What {@code env.py} says about transactions: {@code context.configure(transaction_per_migration=...,
   * transactional_ddl=...)}; null where it says nothing.
   */
  record Env(Boolean perMigration, Boolean transactionalDdl) {
    static final Env DEFAULT = new Env(null, null);

    String reason() {
      if (Boolean.FALSE.equals(transactionalDdl)) {
        return TX + "; env.py sets transactional_ddl=False, but the SQLAlchemy connection may still hold a"
            + " transaction open (SQLAlchemy 2.0 begins one at the first statement)";
      }
      if (Boolean.TRUE.equals(perMigration)) {
        return "Alembic runs each revision in its own transaction (env.py: transaction_per_migration=True)";
      }
      return TX + "; without transaction_per_migration in env.py, one alembic upgrade runs all pending revisions"
          + " in that one transaction";
    }

    static Env parse(String text) {
      PyModule py = new PyModule(text);
      Boolean per = null;
      Boolean ddl = null;
      for (int k = 0; k + 1 < py.toks.size(); k++) {
        if (py.toks.get(k).is("configure") && py.toks.get(k + 1).is("(")) {
          List<Arg> args = py.args(k + 1);
          Arg a = PyModule.kw(args, "transaction_per_migration");
          if (a != null && (py.text(a).equals("True") || py.text(a).equals("False"))) {
            per = py.text(a).equals("True");
          }
          Arg d = PyModule.kw(args, "transactional_ddl");
          if (d != null && (py.text(d).equals("True") || py.text(d).equals("False"))) {
            ddl = py.text(d).equals("True");
          }
        }
      }
      return new Env(per, ddl);
    }

    /** The {@code env.py} of the Alembic directory a revision sits in (up to three folders up). */
    static Env of(Entry e) {
      java.nio.file.Path dir = e.path() == null ? null : e.path().toAbsolutePath().getParent();
      for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
        java.nio.file.Path env = dir.resolve("env.py");
        if (java.nio.file.Files.isRegularFile(env)) {
          try {
            return parse(java.nio.file.Files.readString(env, java.nio.charset.StandardCharsets.UTF_8));
          } catch (java.io.IOException | RuntimeException ex) {
            return DEFAULT;
          }
        }
      }
      return DEFAULT;
    }
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
    return revision(e, Env.of(e));
  }

  static Rev revision(Entry e, Env env) {
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
    List<Script> up = new ArrayList<>(scripts(py, e.file(), "upgrade", Direction.UP, env));
    if (up.isEmpty()) { // no upgrade() body: the migration still exists, with nothing to check
      up.add(new Script(e.file(), Direction.UP, ScriptBuilder.whole(e.file()), List.of(), py.comments(null),
          TxMode.WRAPPED, env.reason()));
    }
    List<Script> downScripts = List.of();
    int[] body = py.function("downgrade");
    if (body != null && !trivial(py, body)) {
      downScripts = scripts(py, e.file(), "downgrade", Direction.DOWN, env);
    }
    String rev = revision == null ? e.name() : revision;
    int[] upBody = py.function("upgrade");
    // a revision whose upgrade() only passes (a merge point, a placeholder) has nothing to undo
    String nothingToUndo = downScripts.isEmpty() && upBody != null && trivial(py, upBody)
        ? "nothing to undo: upgrade() only passes" : null;
    return new Rev(new Migration(FORMAT, rev, doc != null ? doc : (down == null ? "" : "after " + down), 0, up,
        downScripts, nothingToUndo), rev, downs);
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

  private static List<Script> scripts(PyModule py, SourceFile file, String function, Direction dir, Env env) {
    int[] body = py.function(function);
    if (body == null || body[0] >= body[1] || body[1] > py.toks.size()) {
      return List.of();
    }
    Walker w = new Walker(py);
    w.stack.add(function);
    w.walk(body[0], body[1]);
    List<Item> items = w.items;
    List<Comment> sqlComments = w.sqlComments;
    if (items.isEmpty()) {
      String why = emptyReason(py, body, function, w);
      if (why != null) {
        int def = body[0] - 1;
        while (def > 0 && !(py.toks.get(def).lineStart() && py.toks.get(def).is("def"))) {
          def--;
        }
        Span at = py.span(def, def + 2);
        items.add(new Item(new Statement(at, "", OffsetMap.clamp(at), new Node.DynamicSql(function + "()", why),
            Statement.Origin.RECOGNIZER, 0), false, at));
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
        out.add(script(py, file, dir, current, sqlComments, new Span(regionStart, cut), mode, function, env));
        current = new ArrayList<>();
        regionStart = cut;
      }
      mode = it.autocommit();
      curBlock = it.block();
      current.add(it.statement());
    }
    out.add(script(py, file, dir, current, sqlComments, new Span(regionStart, Math.max(regionStart, fn[1])),
        mode != null && mode, function, env));
    return out;
  }

  /** Why a function that yields no statement runs nothing Godwit can check, or null to say nothing. */
  private static String emptyReason(PyModule py, int[] body, String function, Walker w) {
    if (trivial(py, body)) {
      return function.equals("upgrade") ? "it only passes, so the revision runs no SQL" : null;
    }
    if (w.firstOther != null) {
      return "it runs no SQL that Godwit can read; it calls " + w.firstOther + ", which Godwit does not model";
    }
    if (w.skipped > 0) {
      return function.equals("upgrade") ? "on PostgreSQL it runs nothing: what it does sits in branches for other"
          + " database dialects" : null;
    }
    return "it runs no SQL that Godwit can read";
  }

  /**
   * Reads a function body as Alembic runs it: {@code op.*} calls, {@code execute(...)} SQL, enum types
   * created and dropped, module-level helpers it calls (followed once per call chain), and only the
   * PostgreSQL side of dialect branches.
   */
  private static final class Walker {
    final PyModule py;
    final List<Item> items = new ArrayList<>();
    final List<Comment> sqlComments = new ArrayList<>();
    final List<int[]> autocommit = new ArrayList<>();
    final List<AlembicOps.Batch> batchAliases = new ArrayList<>();
    final List<int[]> batchRanges = new ArrayList<>();
    final java.util.Set<String> stack = new java.util.LinkedHashSet<>();
    /** The first call of another receiver (an ORM session, a helper object) that Godwit does not model. */
    String firstOther;
    /** Branches skipped because they are for another dialect. */
    int skipped;
    private static final java.util.Set<String> BUILTINS = java.util.Set.of("print", "len", "range", "list", "dict",
        "set", "tuple", "str", "int", "float", "bool", "isinstance", "enumerate", "zip", "sorted", "min", "max",
        "sum", "any", "all", "map", "filter", "open", "getattr", "setattr", "hasattr", "iter", "next", "repr",
        "format", "super", "type", "reversed", "abs", "round", "dedent", "text", "column", "table", "select");

    /** Where in the walked function a followed helper was called from, or -1. */
    int anchor = -1;
    /** Tokens left to read: each helper is read where it is called, so a call graph could multiply them. */
    int budget = 200_000;

    Walker(PyModule py) {
      this.py = py;
    }

    void walk(int from, int to) {
      for (int k = from; k < to; k++) {
        if (--budget < 0) {
          return; // helpers that call each other many times over: stop rather than read forever
        }
        Tok t = py.toks.get(k);
        if (t.lineStart() && t.is("if")) {
          k = branches(k, to) - 1;
          continue;
        }
        if (t.lineStart() && t.is("with")) {
          with(k);
        }
        if (k + 3 < to && t.kind() == Kind.NAME && py.toks.get(k + 1).is(".")
            && py.toks.get(k + 2).kind() == Kind.NAME && py.toks.get(k + 3).is("(")
            && (k == 0 || !py.toks.get(k - 1).is("."))) {
          call(k, k + 3);
          k = k + 2; // arguments may hold calls too (sa.text inside op.execute is read by the call)
          k = skipArgs(k + 1) - 1;
        } else if (k + 2 < to && t.is(".") && py.toks.get(k + 1).kind() == Kind.NAME && py.toks.get(k + 2).is("(")
            && k > 0 && py.toks.get(k - 1).is(")")) {
          chained(k, to);
        } else if (k + 1 < to && t.kind() == Kind.NAME && py.toks.get(k + 1).is("(")
            && (k == 0 || !py.toks.get(k - 1).is(".")) && !stack.contains(t.text())) {
          helper(k);
        }
      }
    }

    /** Past the closing parenthesis of the call whose '(' is at {@code open}; statements inside are not read twice. */
    private int skipArgs(int open) {
      return py.close(open) + 1;
    }

    private void with(int k) {
      int[] blk = py.block(k);
      String head = py.text(k, blk[0]);
      if (head.contains("autocommit_block")) {
        autocommit.add(blk);
      }
      for (int b = k; b < blk[0]; b++) {
        if (py.toks.get(b).is("batch_alter_table") && b + 1 < blk[0] && py.toks.get(b + 1).is("(")) {
          List<Arg> args = py.args(b + 1);
          Arg tableArg = PyModule.pos(args, 0);
          if (tableArg == null) {
            tableArg = PyModule.kw(args, "table_name");
          }
          String table = str(py, tableArg);
          String schema = str(py, PyModule.kw(args, "schema"));
          Matcher m = Pattern.compile("\\bas\\s+(\\w+)").matcher(head);
          if (table != null && m.find()) {
            batchAliases.add(new AlembicOps.Batch(m.group(1), table, schema, py.span(tableArg.from(), tableArg.to())));
            batchRanges.add(blk);
          }
        }
      }
    }

    private AlembicOps.Batch batch(int k, String receiver) {
      AlembicOps.Batch found = null;
      for (int i = 0; i < batchAliases.size(); i++) {
        int[] r = batchRanges.get(i);
        if (k >= r[0] && k < r[1] && receiver.equals(batchAliases.get(i).alias())) {
          found = batchAliases.get(i);
        }
      }
      return found;
    }

    private void add(Statement s, int k) {
      int at = anchor >= 0 ? anchor : k;
      boolean ac = inside(autocommit, at) || inside(autocommit, k);
      Span block = inside(autocommit, at) || anchor < 0 ? block(py, autocommit, at)
          : new Span(py.toks.get(at).start(), py.toks.get(at).end());
      items.add(new Item(s, ac, block));
    }

    private void call(int k, int open) {
      String receiver = py.toks.get(k).text();
      String method = py.toks.get(k + 2).text();
      AlembicOps.Batch batch = batch(k, receiver);
      if (method.equals("execute") || method.equals("exec_driver_sql")) {
        execute(k, open);
        return;
      }
      if (receiver.equals("op") || batch != null) {
        AlembicOps.Result r = AlembicOps.call(py, k, method, open, batch);
        int at = anchor >= 0 ? anchor : k;
        boolean ac = inside(autocommit, at) || inside(autocommit, k);
        for (Statement s : r.statements()) {
          // generated SQL takes no text edits; op.create_index / drop_index offer Alembic's own CONCURRENTLY fix
          OffsetMap map = AlembicFixes.map(py, k, open, receiver, method, ac, s.map());
          add(new Statement(s.span(), s.sql(), map, s.node(), s.origin(), s.index(), s.embedding()), k);
        }
        if (r.unmodelled() != null) {
          Span call = py.span(k, py.close(open) + 1);
          add(new Statement(call, "", OffsetMap.clamp(call), new Node.DynamicSql(PyModule.abbreviate(
              py.text(k, py.close(open) + 1)), "it is " + r.unmodelled()), Statement.Origin.RECOGNIZER, 0), k);
        }
        return;
      }
      if ((method.equals("create") || method.equals("drop")) && enumCall(k, k + 1, open)) {
        return;
      }
      if (firstOther == null && !receiver.equals("tester") && !receiver.equals("orm") && !receiver.equals("log")
          && !receiver.equals("logger") && !receiver.equals("sa") && !receiver.equals("sqlalchemy")
          && !receiver.equals("postgresql") && !receiver.equals("context")) {
        firstOther = receiver + "." + method + "(...)";
      }
    }

    private static final Pattern CORE = Pattern.compile("(?s).*(\\.(update|delete|insert|values|where)\\s*\\("
        + "|\\bselect\\s*\\().*");
    private static final Pattern DDL_ELEMENT = Pattern.compile("(?s)^(?:\\w+\\.)*(CreateSchema|DropSchema|CreateSequence"
        + "|DropSequence)\\(\\s*(['\"])(\\w+)\\2\\s*\\)$");

    /** {@code execute(...)}: its SQL; a schema or sequence DDL element; a Core expression named as such. */
    private void execute(int callFrom, int open) {
      Arg a = PyModule.pos(py.args(open), 0);
      String argText = a == null ? "" : py.text(a).strip();
      Matcher ddl = DDL_ELEMENT.matcher(argText);
      if (ddl.matches()) {
        String kind = ddl.group(1);
        String verb = kind.startsWith("Create") ? "CREATE " : "DROP ";
        String what = kind.endsWith("Schema") ? "SCHEMA " : "SEQUENCE ";
        add(ScriptBuilder.synthetic(verb + what + AlembicOps.ident(ddl.group(3)), py.span(callFrom, py.close(open) + 1)),
            callFrom);
        return;
      }
      for (Statement s : py.executed(callFrom, open, sqlComments)) {
        if (s.node() instanceof Node.DynamicSql d && CORE.matcher(argText).matches() && !argText.contains("text(")) {
          s = new Statement(s.span(), s.sql(), s.map(), new Node.DynamicSql(d.call(), "it is a SQLAlchemy Core"
              + " expression (" + PyModule.abbreviate(argText) + "), which Godwit does not evaluate"), s.origin(), s.index());
        }
        add(s, callFrom);
      }
    }

    /** {@code AN_ENUM.create(bind)} / {@code sa.Enum(...).drop(bind)}: CREATE TYPE / DROP TYPE. */
    private boolean enumCall(int exprFrom, int exprTo, int open) {
      AlembicOps.Enum e = AlembicOps.enumType(py, new Arg(null, exprFrom, exprTo));
      if (e == null) {
        return false;
      }
      boolean create = py.toks.get(open - 1).is("create");
      Span call = py.span(exprFrom, py.close(open) + 1);
      List<Arg> args = py.args(open);
      Arg check = PyModule.kw(args, "checkfirst");
      boolean checkFirst = check != null && py.text(check).equals("True");
      String sql = create ? "CREATE TYPE " + AlembicOps.ident(e.name()) + " AS ENUM (" + e.labels() + ")"
          : "DROP TYPE " + (checkFirst ? "IF EXISTS " : "") + AlembicOps.ident(e.name());
      add(ScriptBuilder.synthetic(sql, call), exprFrom);
      return true;
    }

    /** {@code op.get_bind().execute(...)}, {@code sa.Enum(...).create(...)}: a call on a call's result. */
    private void chained(int k, int to) {
      int from = k - 1;
      int depth = 0;
      int lower = 0;
      while (from > lower) {
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
      String method = py.toks.get(k + 1).text();
      if (method.equals("execute") || method.equals("exec_driver_sql")) {
        execute(from, k + 2);
      } else if (method.equals("create") || method.equals("drop")) {
        enumCall(from, k, k + 2);
      }
    }

    /** A call of a module-level function: its body is read in place, once per call chain. */
    private void helper(int k) {
      String name = py.toks.get(k).text();
      int def = moduleDef(py, name);
      if (def < 0) {
        if (firstOther == null && !BUILTINS.contains(name) && Character.isLowerCase(name.charAt(0))) {
          firstOther = name + "(...)"; // imported from elsewhere: Godwit reads only this module
        }
        return;
      }
      int[] body = py.block(def);
      stack.add(name);
      int saved = anchor;
      if (anchor < 0) {
        anchor = k;
      }
      walk(body[0], body[1]);
      anchor = saved;
      stack.remove(name);
    }

    /** An if/elif/else chain: only branches PostgreSQL can take are read. Returns the index after it. */
    private int branches(int k, int to) {
      int indent = py.toks.get(k).indent();
      boolean taken = false;
      int head = k;
      int end = k + 1;
      while (head < to) {
        Tok h = py.toks.get(head);
        int[] blk = py.block(head);
        end = Math.min(blk[1], to);
        Boolean cond;
        if (h.is("else")) {
          cond = taken ? Boolean.FALSE : null;
        } else {
          cond = taken ? Boolean.FALSE : dialect(py, head + 1, Math.max(head + 1, blk[0] - 1), 0);
        }
        if (Boolean.FALSE.equals(cond)) {
          skipped++;
        } else {
          walk(blk[0], end);
          if (Boolean.TRUE.equals(cond)) {
            taken = true;
          }
        }
        if (end < to && py.toks.get(end).lineStart() && py.toks.get(end).indent() == indent
            && (py.toks.get(end).is("elif") || py.toks.get(end).is("else"))) {
          head = end;
        } else {
          break;
        }
      }
      return end;
    }
  }

  /** Token index of {@code def name} at module level, or -1. */
  static int moduleDef(PyModule py, String name) {
    for (int i = 0; i + 1 < py.toks.size(); i++) {
      Tok t = py.toks.get(i);
      if (t.lineStart() && t.indent() == 0 && t.is("def") && py.toks.get(i + 1).is(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a condition holds on PostgreSQL when it tests the dialect ({@code op.get_context().dialect.name
   * == "postgresql"}, {@code bind.engine.name != "sqlite"}, {@code in (...)}, a helper or variable that
   * returns such a test, combined with not/and/or); null when it does not say.
   */
  static Boolean dialect(PyModule py, int from, int to, int depth) {
    if (from >= to || depth > 8) {
      return null;
    }
    if (py.toks.get(from).is("(") && py.close(from) == to - 1) {
      return dialect(py, from + 1, to - 1, depth + 1);
    }
    for (String op : new String[] {"or", "and"}) {
      List<int[]> parts = split(py, from, to, op);
      if (parts.size() > 1) {
        boolean allTrue = true;
        boolean allFalse = true;
        for (int[] p : parts) {
          Boolean b = dialect(py, p[0], p[1], depth + 1);
          allTrue &= Boolean.TRUE.equals(b);
          allFalse &= Boolean.FALSE.equals(b);
          if (op.equals("or") && Boolean.TRUE.equals(b)) {
            return true;
          }
          if (op.equals("and") && Boolean.FALSE.equals(b)) {
            return false;
          }
        }
        return allTrue ? Boolean.TRUE : allFalse ? Boolean.FALSE : null;
      }
    }
    if (py.toks.get(from).is("not")) {
      Boolean b = dialect(py, from + 1, to, depth + 1);
      return b == null ? null : !b;
    }
    int d = 0;
    for (int k = from; k < to; k++) {
      Tok t = py.toks.get(k);
      if (t.is("(") || t.is("[") || t.is("{")) {
        d++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        d--;
      } else if (d == 0 && (t.is("==") || t.is("!=") || t.is("in"))) {
        boolean negate = t.is("!=") || (t.is("in") && k > from && py.toks.get(k - 1).is("not"));
        int leftEnd = t.is("in") && negate ? k - 1 : k;
        int[] name = null;
        int[] values = null;
        if (dialectName(py, from, leftEnd, depth)) {
          values = new int[] {k + 1, to};
        } else if (dialectName(py, k + 1, to, depth)) {
          values = new int[] {from, leftEnd};
        }
        if (values == null) {
          return null;
        }
        boolean any = false;
        boolean pg = false;
        for (int v = values[0]; v < values[1]; v++) {
          if (py.toks.get(v).kind() == Kind.STRING) {
            any = true;
            pg |= PyTokenizer.value(py.src, py.toks.get(v)).toString().equals("postgresql");
          }
        }
        if (!any) {
          return null;
        }
        return negate != pg;
      }
    }
    // a helper that returns a test, or a variable that holds one
    Tok first = py.toks.get(from);
    if (first.kind() == Kind.NAME && to - from == 3 && py.toks.get(from + 1).is("(") && py.toks.get(from + 2).is(")")) {
      int[] ret = returned(py, first.text());
      return ret == null ? null : dialect(py, ret[0], ret[1], depth + 1);
    }
    if (first.kind() == Kind.NAME && to - from == 1) {
      int[] c = py.constants.get(first.text());
      return c == null ? null : dialect(py, c[0], c[1], depth + 1);
    }
    return null;
  }

  /** Whether tokens [from, to) denote the dialect's name. */
  private static boolean dialectName(PyModule py, int from, int to, int depth) {
    if (from >= to || depth > 8) {
      return false;
    }
    String text = py.text(from, to).replaceAll("\\s+", "");
    if (text.matches(".*\\b(dialect|engine)\\.name") || text.endsWith("dialect_name")) {
      return true;
    }
    Tok first = py.toks.get(from);
    if (first.kind() == Kind.NAME && to - from == 3 && py.toks.get(from + 1).is("(") && py.toks.get(from + 2).is(")")) {
      int[] ret = returned(py, first.text());
      return ret != null && dialectName(py, ret[0], ret[1], depth + 1);
    }
    if (first.kind() == Kind.NAME && to - from == 1) {
      int[] c = py.constants.get(first.text());
      return c != null && dialectName(py, c[0], c[1], depth + 1);
    }
    return false;
  }

  /** The expression a module-level function without parameters returns first. */
  private static int[] returned(PyModule py, String function) {
    int def = moduleDef(py, function);
    if (def < 0) {
      return null;
    }
    int[] body = py.block(def);
    for (int k = body[0]; k < body[1]; k++) {
      if (py.toks.get(k).lineStart() && py.toks.get(k).is("return")) {
        return new int[] {k + 1, py.lineEnd(k)};
      }
    }
    return null;
  }

  private static List<int[]> split(PyModule py, int from, int to, String word) {
    List<int[]> out = new ArrayList<>();
    int d = 0;
    int start = from;
    for (int k = from; k < to; k++) {
      Tok t = py.toks.get(k);
      if (t.is("(") || t.is("[") || t.is("{")) {
        d++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        d--;
      } else if (d == 0 && t.kind() == Kind.NAME && t.is(word)) {
        out.add(new int[] {start, k});
        start = k + 1;
      }
    }
    out.add(new int[] {start, to});
    return out;
  }

  private static Script script(PyModule py, SourceFile file, Direction dir, List<Statement> st, List<Comment> sqlComments,
      Span region, boolean autocommit, String function, Env env) {
    List<Comment> comments = new ArrayList<>(py.comments(region));
    for (Comment c : sqlComments) {
      if (c.span().start() >= region.start() && c.span().start() < region.end()) {
        comments.add(c);
      }
    }
    comments.sort((a, b) -> a.span().compareTo(b.span()));
    return new Script(file, dir, region, ScriptBuilder.renumber(st), comments,
        autocommit ? TxMode.AUTOCOMMIT : TxMode.WRAPPED,
        autocommit ? "it runs inside op.get_context().autocommit_block() in " + function + "()" : env.reason());
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
