package dev.godwit.format;

import dev.godwit.format.host.PyModule;
import dev.godwit.format.host.PyTokenizer;
import dev.godwit.format.host.PyModule.Arg;
import dev.godwit.format.host.PyTokenizer.Kind;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SQL that Alembic's {@code op.*} (and {@code batch_op.*}) calls emit on PostgreSQL. Arguments are
 * bound to Alembic's own parameter names, so positional and keyword arguments may come in any order;
 * names may be literals, module constants, {@code op.f("...")} / {@code batch_op.f("...")} or
 * {@code None} (PostgreSQL then picks the name). Each part of the SQL maps back to the argument it came
 * from, the statement as a whole to the call.
 */
final class AlembicOps {
  /** Operations that run no SQL of their own (or that the walker reads elsewhere). */
  static final Set<String> NO_SQL = Set.of("f", "get_bind", "get_context", "batch_alter_table", "inline_literal",
      "implementation_for", "register_operation", "invoke", "run_async", "execute", "exec_driver_sql", "drop_type");

  /** Alembic's parameter names, in positional order, for {@code op.<name>}. */
  private static final Map<String, List<String>> OP = new HashMap<>();
  /** The same for {@code batch_op.<name>} (the table comes from {@code batch_alter_table}). */
  private static final Map<String, List<String>> BATCH = new HashMap<>();

  static {
    sig("add_column", "table_name", "column");
    sig("drop_column", "table_name", "column_name");
    sig("alter_column", "table_name", "column_name", "nullable", "comment", "server_default", "new_column_name",
        "type_", "existing_type", "existing_server_default", "existing_nullable", "existing_comment", "schema");
    sig("create_index", "index_name", "table_name", "columns", "schema", "unique", "if_not_exists");
    sig("drop_index", "index_name", "table_name", "schema", "if_exists");
    sig("create_foreign_key", "constraint_name", "source_table", "referent_table", "local_cols", "remote_cols",
        "onupdate", "ondelete", "deferrable", "initially", "match", "source_schema", "referent_schema");
    sig("create_unique_constraint", "constraint_name", "table_name", "columns", "schema");
    sig("create_check_constraint", "constraint_name", "table_name", "condition", "schema");
    sig("create_primary_key", "constraint_name", "table_name", "columns", "schema");
    sig("create_exclude_constraint", "constraint_name", "table_name");
    sig("drop_constraint", "constraint_name", "table_name", "type_", "schema");
    sig("drop_table", "table_name", "schema");
    sig("rename_table", "old_table_name", "new_table_name", "schema");
    sig("create_table", "table_name");
    sig("create_table_comment", "table_name", "comment", "existing_comment", "schema");
    sig("drop_table_comment", "table_name", "existing_comment", "schema");
    sig("bulk_insert", "table", "rows", "multiinsert");
  }

  private static void sig(String name, String... params) {
    List<String> p = List.of(params);
    OP.put(name, p);
    List<String> b = new ArrayList<>(p);
    b.remove("table_name");
    b.remove("source_table");
    BATCH.put(name, b);
  }

  private AlembicOps() {}

  /** The table of an enclosing {@code with op.batch_alter_table(...) as batch_op:}. */
  record Batch(String alias, String table, String schema, Span tableSpan) {}

  /**
   * What one call means.
   *
   * @param statements the statements it emits (possibly none)
   * @param unmodelled when Godwit does not know what SQL the call emits: what to say about it; else null
   */
  record Result(List<Statement> statements, String unmodelled) {
    static Result none() {
      return new Result(List.of(), null);
    }
  }

  /** An {@code op.*} / {@code batch_op.*} call: {@code recv} is the receiver token, {@code open} the '('. */
  static Result call(PyModule py, int recv, String method, int open, Batch batch) {
    if (NO_SQL.contains(method)) {
      return Result.none();
    }
    List<String> sig = (batch == null ? OP : BATCH).get(method);
    if (sig == null) {
      String who = py.toks.get(recv).text() + "." + method;
      return new Result(List.of(), who + "(), an Alembic operation Godwit does not model");
    }
    Call c = new Call(py, recv, open, sig, batch);
    List<Sql> out = new ArrayList<>();
    switch (method) {
      case "add_column" -> {
        Arg col = c.arg("column");
        if (col != null) {
          Sql s = c.sql("ALTER TABLE ").table(c, "table_name").on(" ADD COLUMN ", py.span(col.from(), col.to()));
          column(py, col, s, null);
          out.add(s);
          Sql ix = columnIndex(c, col, "table_name"); // Alembic creates the column's index after adding it
          if (ix != null) {
            out.add(ix);
          }
        }
      }
      case "drop_column" -> out.add(c.sql("ALTER TABLE ").table(c, "table_name").on(" DROP COLUMN ",
          c.span("column_name")).name(c, "column_name"));
      case "alter_column" -> alterColumn(c, out);
      case "create_index" -> createIndex(c, out);
      case "drop_index" -> {
        Sql s = c.sql("DROP INDEX ");
        if (c.isTrue("postgresql_concurrently")) {
          s.kw("CONCURRENTLY ");
        }
        if (c.isTrue("if_exists")) {
          s.kw("IF EXISTS ");
        }
        String schema = c.string("schema");
        if (schema != null) {
          s.ident(schema, c.span("schema")).kw(".");
        }
        out.add(s.name(c, "index_name"));
      }
      case "create_foreign_key" -> {
        Sql s = c.sql("ALTER TABLE ");
        if (c.batch == null) {
          s.qualified(c, "source_table", "source_schema");
        } else {
          s.batchTable(c);
        }
        constraintName(c, s);
        s.kw("FOREIGN KEY (").list(c, "local_cols").kw(") REFERENCES ").qualified(c, "referent_table",
            "referent_schema").kw(" (").list(c, "remote_cols").kw(")");
        String onDelete = c.string("ondelete");
        if (onDelete != null) {
          s.kw(" ON DELETE ").at(onDelete, c.span("ondelete"));
        }
        String onUpdate = c.string("onupdate");
        if (onUpdate != null) {
          s.kw(" ON UPDATE ").at(onUpdate, c.span("onupdate"));
        }
        if (c.isTrue("postgresql_not_valid")) {
          s.kw(" NOT VALID");
        }
        out.add(s);
      }
      case "create_unique_constraint" -> {
        Sql s = c.sql("ALTER TABLE ").table(c, "table_name");
        constraintName(c, s);
        out.add(s.kw("UNIQUE (").list(c, "columns").kw(")"));
      }
      case "create_primary_key" -> {
        Sql s = c.sql("ALTER TABLE ").table(c, "table_name");
        constraintName(c, s);
        out.add(s.kw("PRIMARY KEY (").list(c, "columns").kw(")"));
      }
      case "create_check_constraint" -> {
        Sql s = c.sql("ALTER TABLE ").table(c, "table_name");
        constraintName(c, s);
        String cond = c.sqlExpr(c.arg("condition"));
        s.kw("CHECK (").at(cond == null ? "true" : cond, c.span("condition")).kw(")");
        if (c.isTrue("postgresql_not_valid")) {
          s.kw(" NOT VALID");
        }
        out.add(s);
      }
      case "create_exclude_constraint" -> {
        Sql s = c.sql("ALTER TABLE ").table(c, "table_name");
        constraintName(c, s);
        String using = c.string("using");
        s.kw("EXCLUDE USING " + (using == null ? "gist" : using) + " (");
        boolean first = true;
        for (Arg e : c.rest) {
          List<Arg> parts = py.toks.get(e.from()).is("(") ? py.args(e.from()) : List.of(e);
          if (!first) {
            s.kw(", ");
          }
          first = false;
          String col = c.sqlExpr(PyModule.pos(parts, 0));
          String opr = c.sqlExpr(PyModule.pos(parts, 1));
          s.at(col == null ? "unknown" : identOrExpr(col), py.span(e.from(), e.to())).kw(" WITH ")
              .at(opr == null ? "=" : opr, py.span(e.from(), e.to()));
        }
        s.kw(")");
        out.add(s);
      }
      case "drop_constraint" -> {
        Sql s = c.sql("ALTER TABLE ").table(c, "table_name").kw(" DROP CONSTRAINT ");
        if (c.isTrue("if_exists")) {
          s.kw("IF EXISTS ");
        }
        out.add(s.name(c, "constraint_name"));
      }
      case "drop_table" -> {
        Sql s = c.sql("DROP TABLE ");
        if (c.isTrue("if_exists")) {
          s.kw("IF EXISTS ");
        }
        out.add(s.table(c, "table_name"));
      }
      case "rename_table" -> out.add(c.sql("ALTER TABLE ").table(c, "old_table_name").kw(" RENAME TO ")
          .name(c, "new_table_name"));
      case "create_table" -> createTable(c, out);
      case "create_table_comment" -> {
        String comment = c.string("comment");
        out.add(c.sql("COMMENT ON TABLE ").table(c, "table_name").kw(" IS ")
            .at(comment == null ? "NULL" : literal(comment), c.span("comment")));
      }
      case "drop_table_comment" -> out.add(c.sql("COMMENT ON TABLE ").table(c, "table_name").kw(" IS NULL"));
      case "bulk_insert" -> bulkInsert(c, out);
      default -> {
        return new Result(List.of(), py.toks.get(recv).text() + "." + method
            + "(), an Alembic operation Godwit does not model");
      }
    }
    List<Statement> statements = new ArrayList<>();
    for (Sql s : out) {
      statements.add(s.statement(c.callSpan));
    }
    return new Result(statements, null);
  }

  private static void constraintName(Call c, Sql s) {
    String name = c.name(c.arg("constraint_name"));
    if (name != null) {
      s.kw(" ADD CONSTRAINT ").ident(name, c.span("constraint_name")).kw(" ");
    } else {
      s.kw(" ADD ");
    }
  }

  private static void alterColumn(Call c, List<Sql> out) {
    PyModule py = c.py;
    String col = c.name(c.arg("column_name"));
    Span colSpan = c.span("column_name");
    List<Runnable> actions = new ArrayList<>();
    Sql s = c.sql("ALTER TABLE ").table(c, "table_name").kw(" ");
    boolean[] first = {true};
    Runnable sep = () -> {
      if (!first[0]) {
        s.kw(", ");
      }
      first[0] = false;
    };
    Arg type = c.arg("type_");
    if (type != null) {
      Enum e = enumType(py, type);
      if (e != null && e.created()) {
        out.add(c.sql("CREATE TYPE ").ident(e.name(), py.span(type.from(), type.to())).kw(" AS ENUM (")
            .at(e.labels(), py.span(type.from(), type.to())).kw(")"));
      }
      sep.run();
      s.on("ALTER COLUMN ", colSpan).ident(col, colSpan).kw(" TYPE ").at(type(py, type), py.span(type.from(), type.to()));
      String using = c.sqlExpr(c.arg("postgresql_using"));
      if (using != null) {
        s.kw(" USING ").at(using, c.span("postgresql_using"));
      }
    }
    Arg nullable = c.arg("nullable");
    if (nullable != null && (py.text(nullable).equals("False") || py.text(nullable).equals("True"))) {
      sep.run();
      s.on("ALTER COLUMN ", colSpan).ident(col, colSpan).on(py.text(nullable).equals("False") ? " SET NOT NULL"
          : " DROP NOT NULL", py.span(nullable.from(), nullable.to()));
    }
    Arg def = c.arg("server_default");
    if (def != null) {
      sep.run();
      Span ds = py.span(def.from(), def.to());
      if (py.text(def).equals("None")) {
        s.on("ALTER COLUMN ", colSpan).ident(col, colSpan).on(" DROP DEFAULT", ds);
      } else {
        s.on("ALTER COLUMN ", colSpan).ident(col, colSpan).kw(" SET DEFAULT ").at(serverDefault(py, def), ds);
      }
    }
    String comment = c.string("comment");
    String rename = c.name(c.arg("new_column_name"));
    if (!first[0]) {
      out.add(s);
    }
    if (comment != null) {
      out.add(c.sql("COMMENT ON COLUMN ").table(c, "table_name").kw(".").ident(col, colSpan).kw(" IS ")
          .at(literal(comment), c.span("comment")));
    }
    if (rename != null) {
      // PostgreSQL cannot rename in the same ALTER TABLE as other actions: Alembic emits it on its own
      out.add(c.sql("ALTER TABLE ").table(c, "table_name").kw(" RENAME COLUMN ").ident(col, colSpan).kw(" TO ")
          .ident(rename, c.span("new_column_name")));
    }
    actions.clear();
  }

  private static void createIndex(Call c, List<Sql> out) {
    Sql s = c.sql("CREATE ");
    if (c.isTrue("unique")) {
      s.kw("UNIQUE ");
    }
    s.kw("INDEX ");
    if (c.isTrue("postgresql_concurrently")) {
      s.kw("CONCURRENTLY ");
    }
    if (c.isTrue("if_not_exists")) {
      s.kw("IF NOT EXISTS ");
    }
    String name = c.name(c.arg("index_name"));
    if (name != null) {
      s.ident(name, c.span("index_name")).kw(" ");
    }
    s.kw("ON ").table(c, "table_name");
    String using = c.string("postgresql_using");
    if (using != null) {
      s.kw(" USING ").at(using, c.span("postgresql_using"));
    }
    s.kw(" (").list(c, "columns").kw(")");
    Arg include = c.arg("postgresql_include");
    if (include != null) {
      s.kw(" INCLUDE (").list(c, "postgresql_include").kw(")");
    }
    Arg where = c.arg("postgresql_where");
    if (where != null) {
      String w = c.sqlExpr(where);
      s.kw(" WHERE ").at(w == null ? "true" : w, c.span("postgresql_where"));
    }
    out.add(s);
  }

  private static void createTable(Call c, List<Sql> out) {
    PyModule py = c.py;
    Sql s = c.sql("CREATE TABLE ");
    List<Sql> after = new ArrayList<>();
    if (c.isTrue("if_not_exists")) {
      s.kw("IF NOT EXISTS ");
    }
    s.table(c, "table_name").kw(" (");
    boolean first = true;
    for (Arg a : c.rest) {
      String callee = callee(py, a);
      if (callee == null) {
        continue;
      }
      int mark = s.length();
      if (!first) {
        s.kw(", ");
      }
      boolean wrote = true;
      switch (callee) {
        case "Column" -> {
          Enum e = enumOfColumn(py, a);
          if (e != null && e.created()) {
            out.add(c.sql("CREATE TYPE ").ident(e.name(), py.span(a.from(), a.to())).kw(" AS ENUM (")
                .at(e.labels(), py.span(a.from(), a.to())).kw(")"));
          }
          column(py, a, s, c);
          Sql ix = columnIndex(c, a, "table_name");
          if (ix != null) {
            after.add(ix);
          }
        }
        case "Index" -> {
          // sa.Index(name, *columns, unique=...) in create_table: created with the table
          List<Arg> args = py.args(openOf(py, a));
          Span span = py.span(a.from(), a.to());
          Arg uniqueArg = PyModule.kw(args, "unique");
          Sql ix = c.sql("CREATE ").on(uniqueArg != null && py.text(uniqueArg).equals("True") ? "UNIQUE INDEX "
              : "INDEX ", span);
          String name = c.name(PyModule.pos(args, 0));
          if (name != null) {
            ix.ident(name, span).kw(" ");
          }
          ix.on("ON ", span).table(c, "table_name").kw(" (");
          for (int i = 1; PyModule.pos(args, i) != null; i++) {
            Arg col = PyModule.pos(args, i);
            String expr = "text".equals(callee(py, col)) ? c.sqlExpr(col) : null;
            ix.kw(i == 1 ? "" : ", ").at(expr != null ? "(" + expr + ")" : ident(nonNull(c.name(col))),
                py.span(col.from(), col.to()));
          }
          ix.kw(")");
          after.add(ix);
          wrote = false;
        }
        case "PrimaryKeyConstraint", "UniqueConstraint" -> {
          List<Arg> args = py.args(openOf(py, a));
          String name = c.name(PyModule.kw(args, "name"));
          if (name != null) {
            s.kw("CONSTRAINT ").ident(name, py.span(a.from(), a.to())).kw(" ");
          }
          s.on(callee.startsWith("Primary") ? "PRIMARY KEY (" : "UNIQUE (", py.span(a.from(), a.to()));
          boolean f = true;
          for (Arg col : args) {
            if (col.kw() == null) {
              s.kw(f ? "" : ", ").ident(nonNull(c.name(col)), py.span(col.from(), col.to()));
              f = false;
            }
          }
          s.kw(")");
        }
        case "ForeignKeyConstraint" -> {
          List<Arg> args = py.args(openOf(py, a));
          String name = c.name(PyModule.kw(args, "name"));
          if (name != null) {
            s.kw("CONSTRAINT ").ident(name, py.span(a.from(), a.to())).kw(" ");
          }
          s.on("FOREIGN KEY (", py.span(a.from(), a.to()));
          s.items(c, PyModule.pos(args, 0)).kw(") REFERENCES ");
          List<String> refs = c.items(PyModule.pos(args, 1));
          String refTable = refs.isEmpty() ? "unknown" : table(refs.get(0));
          Span rs = py.span(a.from(), a.to());
          s.at(refTable, rs).kw(" (");
          for (int i = 0; i < refs.size(); i++) {
            s.kw(i == 0 ? "" : ", ").at(ident(column(refs.get(i))), rs);
          }
          s.kw(")");
          String onDelete = Alembic.str(py, PyModule.kw(args, "ondelete"));
          if (onDelete != null) {
            s.kw(" ON DELETE " + onDelete);
          }
        }
        case "CheckConstraint" -> {
          List<Arg> args = py.args(openOf(py, a));
          String name = c.name(PyModule.kw(args, "name"));
          if (name != null) {
            s.kw("CONSTRAINT ").ident(name, py.span(a.from(), a.to())).kw(" ");
          }
          String cond = c.sqlExpr(PyModule.pos(args, 0));
          s.on("CHECK (" + (cond == null ? "true" : cond) + ")", py.span(a.from(), a.to()));
        }
        default -> wrote = false;
      }
      if (wrote) {
        first = false;
      } else {
        s.truncate(mark);
      }
    }
    s.kw(")");
    out.add(s);
    out.addAll(after);
  }

  /** {@code sa.Column(..., index=True)}: the index SQLAlchemy creates with it ({@code ix_<table>_<column>}). */
  private static Sql columnIndex(Call c, Arg col, String tableParam) {
    PyModule py = c.py;
    int open = openOf(py, col);
    if (open >= col.to()) {
      return null;
    }
    List<Arg> args = py.args(open);
    Arg index = PyModule.kw(args, "index");
    if (index == null || !py.text(index).equals("True")) {
      return null;
    }
    String name = Alembic.str(py, PyModule.pos(args, 0));
    String table = c.batch != null && c.arg(tableParam) == null ? c.batch.table() : c.name(c.arg(tableParam));
    if (name == null || table == null) {
      return null;
    }
    Arg unique = PyModule.kw(args, "unique");
    Span span = py.span(index.from(), index.to());
    return c.sql("CREATE ").on(unique != null && py.text(unique).equals("True") ? "UNIQUE INDEX " : "INDEX ", span)
        .ident("ix_" + table + "_" + name, span).on(" ON ", span).table(c, tableParam).kw(" (")
        .ident(name, span).kw(")");
  }

  private static void bulkInsert(Call c, List<Sql> out) {
    PyModule py = c.py;
    Arg table = c.arg("table");
    if (table == null) {
      return;
    }
    String name = tableOfExpr(py, table);
    Arg rows = c.arg("rows");
    List<String> cols = new ArrayList<>();
    int n = 0;
    if (rows != null && py.toks.get(rows.from()).is("[")) {
      for (Arg row : py.args(rows.from())) {
        n++;
        if (n == 1 && py.toks.get(row.from()).is("{")) {
          for (Arg kv : py.args(row.from())) {
            if (kv.to() > kv.from() + 1 && py.toks.get(kv.from()).kind() == Kind.STRING
                && py.toks.get(kv.from() + 1).is(":")) {
              cols.add(PyTokenizer.value(py.src, py.toks.get(kv.from())).toString());
            }
          }
        }
      }
    }
    Sql s = c.sql("INSERT INTO ").at(name == null ? "unknown_table" : table(name), py.span(table.from(), table.to()));
    if (!cols.isEmpty()) {
      s.kw(" (");
      for (int i = 0; i < cols.size(); i++) {
        s.kw((i == 0 ? "" : ", ") + ident(cols.get(i)));
      }
      s.kw(")");
    }
    s.kw(" VALUES ");
    int rowsToWrite = Math.max(1, n);
    for (int r = 0; r < rowsToWrite; r++) {
      s.kw(r == 0 ? "(" : ", (");
      for (int i = 0; i < Math.max(1, cols.size()); i++) {
        s.kw(i == 0 ? "DEFAULT" : ", DEFAULT");
      }
      s.kw(")");
    }
    out.add(s);
  }

  /** The table named by a bulk_insert target: {@code sa.table("t", ...)}, a constant holding one, {@code tables.t}. */
  private static String tableOfExpr(PyModule py, Arg a) {
    int from = a.from();
    int to = a.to();
    if (to - from == 1 && py.toks.get(from).kind() == Kind.NAME) {
      int[] c = py.constants.get(py.toks.get(from).text());
      if (c != null && c[1] > c[0]) {
        return tableOfExpr(py, new Arg(null, c[0], c[1]));
      }
      return null;
    }
    String callee = callee(py, a);
    if (callee != null && (callee.equals("table") || callee.equals("Table"))) {
      return Alembic.str(py, PyModule.pos(py.args(openOf(py, a)), 0));
    }
    // tables.name (Quay's migration tables), Model.__table__
    String text = py.text(a);
    if (text.matches("[A-Za-z_][\\w.]*\\.[A-Za-z_]\\w*") && !text.endsWith("__")) {
      return text.substring(text.lastIndexOf('.') + 1);
    }
    return null;
  }

  /** Positional arguments bound to parameter names, keywords by name, the rest as varargs. */
  private static final class Call {
    final PyModule py;
    final List<Arg> args;
    final Map<String, Arg> bound = new HashMap<>();
    final List<Arg> rest = new ArrayList<>();
    final Batch batch;
    final Span callSpan;
    final int callStart;

    Call(PyModule py, int recv, int open, List<String> sig, Batch batch) {
      this.py = py;
      this.batch = batch;
      this.args = py.args(open);
      this.callSpan = py.span(recv, py.close(open) + 1);
      this.callStart = callSpan.start();
      int i = 0;
      for (Arg a : args) {
        if (a.kw() == null) {
          if (a.to() > a.from() && (py.toks.get(a.from()).is("*") || py.toks.get(a.from()).is("**"))) {
            continue;
          }
          if (i < sig.size()) {
            bound.put(sig.get(i), a);
          } else {
            rest.add(a);
          }
          i++;
        } else {
          bound.put(a.kw(), a);
        }
      }
    }

    Sql sql(String head) {
      return new Sql().at(head, new Span(callStart, callStart + 1));
    }

    Arg arg(String name) {
      return bound.get(name);
    }

    Span span(String name) {
      Arg a = bound.get(name);
      return a == null ? callSpan : py.span(a.from(), a.to());
    }

    boolean isTrue(String name) {
      Arg a = bound.get(name);
      return a != null && py.text(a).equals("True");
    }

    String string(String name) {
      return Alembic.str(py, bound.get(name));
    }

    /** A name: a string, a constant, {@code op.f("...")}, {@code conv("...")}; null for None or absent. */
    String name(Arg a) {
      if (a == null) {
        return null;
      }
      String t = py.text(a);
      if (t.equals("None")) {
        return null;
      }
      String s = Alembic.str(py, a);
      if (s != null) {
        return s;
      }
      String callee = callee(py, a);
      if (callee != null && (callee.equals("f") || callee.equals("conv") || callee.equals("quoted_name"))) {
        Arg inner = PyModule.pos(py.args(openOf(py, a)), 0);
        return inner == null ? null : name(inner);
      }
      if (t.matches("[A-Za-z_][\\w.]*") && !t.endsWith("__")) {
        return t.substring(t.lastIndexOf('.') + 1);
      }
      return t.replaceAll("[^\\w]+", "_");
    }

    /** SQL text an argument stands for: a string, {@code sa.text("...")}, {@code sa.literal_column("...")}. */
    String sqlExpr(Arg a) {
      if (a == null) {
        return null;
      }
      String s = Alembic.str(py, a);
      if (s != null) {
        return s;
      }
      String callee = callee(py, a);
      if (callee != null && (callee.equals("literal_column") || callee.equals("column"))) {
        Arg inner = PyModule.pos(py.args(openOf(py, a)), 0);
        return inner == null ? null : sqlExpr(inner);
      }
      return null;
    }

    /** Items of a list or tuple of names (or one name). */
    List<String> items(Arg a) {
      List<String> out = new ArrayList<>();
      if (a == null) {
        return out;
      }
      if (py.toks.get(a.from()).is("[") || py.toks.get(a.from()).is("(")) {
        for (Arg item : py.args(a.from())) {
          out.add(nonNull(name(item)));
        }
      } else {
        out.add(nonNull(name(a)));
      }
      return out;
    }
  }

  private static String nonNull(String s) {
    return s == null ? "unnamed" : s;
  }

  /** {@code "schema.table.column"} → {@code schema.table}. */
  private static String table(String dotted) {
    int dot = dotted.lastIndexOf('.');
    String t = dot < 0 ? dotted : dotted.substring(0, dot);
    if (dot < 0) {
      return ident(t);
    }
    StringBuilder sb = new StringBuilder();
    for (String part : t.split("\\.")) {
      sb.append(sb.length() == 0 ? "" : ".").append(ident(part));
    }
    return sb.toString();
  }

  private static String column(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return dot < 0 ? dotted : dotted.substring(dot + 1);
  }

  /** SQL text with, for each character, where it came from in the Python file. */
  private static final class Sql {
    final StringBuilder sb = new StringBuilder();
    int[] offs = new int[64];

    Sql at(String text, Span host) {
      for (int i = 0; i < text.length(); i++) {
        put(text.charAt(i), host.start() + Math.min(i, Math.max(0, host.length() - 1)));
      }
      return this;
    }

    /** Words of Godwit's own, all pointing at the start of the construct they stand for. */
    Sql on(String text, Span host) {
      for (int i = 0; i < text.length(); i++) {
        put(text.charAt(i), host.start());
      }
      return this;
    }

    Sql kw(String text) {
      int host = sb.length() == 0 ? 0 : offs[sb.length() - 1];
      for (int i = 0; i < text.length(); i++) {
        put(text.charAt(i), host);
      }
      return this;
    }

    Sql ident(String name, Span host) {
      return at(AlembicOps.ident(name), host);
    }

    Sql name(Call c, String param) {
      return ident(nonNull(c.name(c.arg(param))), c.span(param));
    }

    Sql table(Call c, String param) {
      if (c.batch != null && c.arg(param) == null) {
        return batchTable(c);
      }
      return qualified(c, param, "schema");
    }

    Sql batchTable(Call c) {
      if (c.batch.schema() != null) {
        ident(c.batch.schema(), c.batch.tableSpan()).kw(".");
      }
      return ident(c.batch.table(), c.batch.tableSpan());
    }

    Sql qualified(Call c, String param, String schemaParam) {
      String schema = c.string(schemaParam);
      if (schema != null) {
        ident(schema, c.span(schemaParam)).kw(".");
      }
      return name(c, param);
    }

    /** A list of columns (names, or expressions in {@code sa.text(...)}). */
    Sql list(Call c, String param) {
      Arg a = c.arg(param);
      if (a == null) {
        return this;
      }
      List<Arg> items = c.py.toks.get(a.from()).is("[") || c.py.toks.get(a.from()).is("(")
          ? c.py.args(a.from()) : List.of(a);
      boolean first = true;
      for (Arg item : items) {
        kw(first ? "" : ", ");
        first = false;
        Span span = c.py.span(item.from(), item.to());
        String callee = callee(c.py, item);
        if (callee != null && (callee.equals("text") || callee.equals("literal_column"))) {
          String e = c.sqlExpr(item);
          at(e == null ? "unknown" : "(" + e + ")", span);
        } else {
          ident(nonNull(c.name(item)), span);
        }
      }
      return this;
    }

    Sql items(Call c, Arg a) {
      List<String> names = c.items(a);
      Span span = a == null ? c.callSpan : c.py.span(a.from(), a.to());
      for (int i = 0; i < names.size(); i++) {
        kw(i == 0 ? "" : ", ").ident(names.get(i), span);
      }
      return this;
    }

    int length() {
      return sb.length();
    }

    void truncate(int n) {
      sb.setLength(n);
    }

    private void put(char ch, int host) {
      if (sb.length() == offs.length) {
        offs = Arrays.copyOf(offs, offs.length * 2);
      }
      offs[sb.length()] = host;
      sb.append(ch);
    }

    Statement statement(Span call) {
      int n = sb.length();
      int[] map = Arrays.copyOf(offs, n);
      if (n > 0) {
        map[0] = call.start(); // the statement as a whole spans the call
        map[n - 1] = Math.max(call.start(), call.end() - 1);
        for (int i = 1; i < n - 1; i++) {
          map[i] = Math.max(call.start(), Math.min(map[i], call.end() - 1));
        }
      }
      return ScriptBuilder.synthetic(sb.toString(), OffsetMap.table(map, call.end()));
    }
  }

  private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
      "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
      "current_date", "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable",
      "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group",
      "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp",
      "not", "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
      "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
      "using", "variadic", "when", "where", "window", "with", "authorization", "binary", "collation", "concurrently",
      "cross", "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer",
      "overlaps", "right", "similar", "tablesample", "verbose");

  /** An identifier as SQLAlchemy writes it for PostgreSQL: quoted when reserved or not all lower case. */
  static String ident(String name) {
    if (name.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(name)) {
      return name;
    }
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static String identOrExpr(String s) {
    return s.matches("[A-Za-z_]\\w*") ? ident(s) : s;
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** The name of the function an argument calls ({@code sa.Column(...)} → Column), or null. */
  static String callee(PyModule py, Arg a) {
    int k = a.from();
    if (k >= a.to() || py.toks.get(k).kind() != Kind.NAME) {
      return null;
    }
    while (k + 2 < a.to() && py.toks.get(k + 1).is(".") && py.toks.get(k + 2).kind() == Kind.NAME) {
      k += 2;
    }
    if (k + 1 < a.to() && py.toks.get(k + 1).is("(") && py.close(k + 1) == a.to() - 1) {
      return py.toks.get(k).text();
    }
    return null;
  }

  private static int openOf(PyModule py, Arg a) {
    int k = a.from();
    while (k < a.to() && !py.toks.get(k).is("(")) {
      k++;
    }
    return k;
  }

  /** {@code sa.Column("name", sa.Type, sa.ForeignKey(...), nullable=False, server_default=...)} into {@code s}. */
  static void column(PyModule py, Arg col, Sql s, Call call) {
    Span span = py.span(col.from(), col.to());
    int open = openOf(py, col);
    if (open >= col.to()) {
      s.at("unknown text", span);
      return;
    }
    List<Arg> args = py.args(open);
    Arg nameArg = PyModule.pos(args, 0);
    Arg typeArg = PyModule.pos(args, 1);
    if (nameArg != null && Alembic.str(py, nameArg) == null && typeArg == null) {
      typeArg = nameArg; // Column(sa.Integer, name="id")
      nameArg = PyModule.kw(args, "name");
    }
    String name = nameArg == null ? null : Alembic.str(py, nameArg);
    s.ident(name == null ? "unnamed" : name, nameArg == null ? span : py.span(nameArg.from(), nameArg.to()));
    s.kw(" ").at(typeArg == null ? "text" : type(py, typeArg), typeArg == null ? span
        : py.span(typeArg.from(), typeArg.to()));
    Arg def = PyModule.kw(args, "server_default");
    if (def != null && !py.text(def).equals("None")) {
      s.kw(" DEFAULT ").at(serverDefault(py, def), py.span(def.from(), def.to()));
    }
    Arg nullable = PyModule.kw(args, "nullable");
    Arg pk = PyModule.kw(args, "primary_key");
    if (nullable != null && py.text(nullable).equals("False")) {
      s.on(" NOT NULL", py.span(nullable.from(), nullable.to()));
    }
    if (pk != null && py.text(pk).equals("True")) {
      s.on(" PRIMARY KEY", py.span(pk.from(), pk.to()));
    }
    Arg unique = PyModule.kw(args, "unique");
    if (unique != null && py.text(unique).equals("True")) {
      s.on(" UNIQUE", py.span(unique.from(), unique.to()));
    }
    for (int i = 2; PyModule.pos(args, i) != null; i++) {
      Arg fk = PyModule.pos(args, i);
      if ("ForeignKey".equals(callee(py, fk))) {
        String target = Alembic.str(py, PyModule.pos(py.args(openOf(py, fk)), 0));
        if (target != null && target.contains(".")) {
          s.on(" REFERENCES " + table(target) + " (" + ident(column(target)) + ")", py.span(fk.from(), fk.to()));
          String onDelete = Alembic.str(py, PyModule.kw(py.args(openOf(py, fk)), "ondelete"));
          if (onDelete != null) {
            s.kw(" ON DELETE " + onDelete);
          }
        }
      }
    }
  }

  private static String serverDefault(PyModule py, Arg def) {
    String raw = py.text(def);
    String r = raw.replaceAll("\\s+", "");
    if (r.matches("^(sa\\.|sqlalchemy\\.)?(func\\.)\\w+\\(\\)$")) {
      return r.substring(r.indexOf("func.") + 5) + "()";
    }
    if (r.matches("^(sa\\.|sqlalchemy\\.)?(true|false)\\(\\)$")) {
      return r.contains("true") ? "true" : "false";
    }
    if (r.matches("^(sa\\.|sqlalchemy\\.)?(text|literal_column)\\(.*")) {
      Arg inner = PyModule.pos(py.args(openOf(py, def)), 0);
      String v = inner == null ? null : Alembic.str(py, inner);
      return v == null ? "NULL" : v; // text("now()") is SQL as written
    }
    String v = Alembic.str(py, def);
    return v == null ? "NULL" : literal(v);
  }

  /** An enum type: its name, its labels as SQL, and whether creating the table creates it. */
  record Enum(String name, String labels, boolean created) {}

  /** {@code sa.Enum("a", "b", name="x")}, {@code postgresql.ENUM(..., create_type=False)}, or a constant holding one. */
  static Enum enumType(PyModule py, Arg a) {
    return enumType(py, a, 0);
  }

  private static Enum enumType(PyModule py, Arg a, int depth) {
    if (a == null || depth > 5) {
      return null;
    }
    if (a.to() - a.from() == 1 && py.toks.get(a.from()).kind() == Kind.NAME) {
      int[] c = py.constants.get(py.toks.get(a.from()).text());
      return c == null ? null : enumType(py, new Arg(null, c[0], c[1]), depth + 1);
    }
    String callee = callee(py, a);
    if (callee == null || !(callee.equals("Enum") || callee.equals("ENUM"))) {
      return null;
    }
    List<Arg> args = py.args(openOf(py, a));
    String name = Alembic.str(py, PyModule.kw(args, "name"));
    Arg nativeEnum = PyModule.kw(args, "native_enum");
    if (name == null || (nativeEnum != null && py.text(nativeEnum).equals("False"))) {
      return null;
    }
    StringBuilder labels = new StringBuilder();
    for (Arg x : args) {
      String v = x.kw() == null ? Alembic.str(py, x) : null;
      if (v != null) {
        labels.append(labels.length() == 0 ? "" : ", ").append(literal(v));
      }
    }
    // create_type=False applies to postgresql.ENUM only; sa.Enum ignores it (and creates its type)
    Arg create = callee.equals("ENUM") ? PyModule.kw(args, "create_type") : null;
    return new Enum(name, labels.toString(), create == null || !py.text(create).equals("False"));
  }

  private static Enum enumOfColumn(PyModule py, Arg col) {
    int open = openOf(py, col);
    if (open >= col.to()) {
      return null;
    }
    List<Arg> args = py.args(open);
    Enum e = enumType(py, PyModule.pos(args, 1));
    return e != null ? e : enumType(py, PyModule.pos(args, 0));
  }

  /** A SQLAlchemy type argument as PostgreSQL spells the type. */
  static String type(PyModule py, Arg a) {
    Enum e = enumType(py, a);
    if (e != null) {
      return ident(e.name());
    }
    if (a.to() - a.from() == 1 && py.toks.get(a.from()).kind() == Kind.NAME) {
      int[] c = py.constants.get(py.toks.get(a.from()).text());
      if (c != null) {
        return type(py.text(c[0], c[1]));
      }
    }
    return type(py.text(a));
  }

  /** A SQLAlchemy type expression as PostgreSQL spells the type. */
  static String type(String expr) {
    String e = expr.strip().replaceAll("\\s+", "");
    e = e.replaceAll("^(sa|sqlalchemy|postgresql|sa\\.dialects\\.postgresql|sqlalchemy\\.dialects\\.postgresql|pg"
        + "|types|sa\\.types|mysql|sqlite)\\.", "");
    String base = e.replaceAll("\\(.*", "");
    String argText = e.contains("(") ? e.substring(e.indexOf('(') + 1, Math.max(e.indexOf('(') + 1, e.lastIndexOf(')'))) : "";
    String firstArg = argText.split(",")[0].replaceAll("^length=", "");
    boolean num = firstArg.matches("\\d+");
    return switch (base.toLowerCase(Locale.ROOT)) {
      case "string", "unicode", "varchar", "nvarchar" -> num ? "varchar(" + firstArg + ")" : "varchar";
      case "char", "nchar" -> num ? "char(" + firstArg + ")" : "char";
      case "text", "unicodetext", "citext" -> base.equalsIgnoreCase("citext") ? "citext" : "text";
      case "integer", "int" -> "integer";
      case "biginteger", "bigint" -> "bigint";
      case "smallinteger", "smallint" -> "smallint";
      case "boolean" -> "boolean";
      case "datetime", "timestamp" -> argText.contains("timezone=True") ? "timestamptz" : "timestamp";
      case "date" -> "date";
      case "time" -> "time";
      case "float", "double", "double_precision" -> "double precision";
      case "real" -> "real";
      case "numeric", "decimal" -> argText.isEmpty() ? "numeric" : "numeric(" + argText.replaceAll("[a-z_]+=", "") + ")";
      case "json" -> "json";
      case "jsonb" -> "jsonb";
      case "uuid" -> "uuid";
      case "largebinary", "bytea", "binary" -> "bytea";
      case "interval" -> "interval";
      case "inet" -> "inet";
      case "cidr" -> "cidr";
      case "tsvector" -> "tsvector";
      case "enum" -> "text";
      case "array" -> type(argText.split(",")[0]) + "[]";
      default -> "text";
    };
  }
}
