package dev.godwit.format;

import dev.godwit.format.PyModule.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The SQL that Alembic's {@code op.*} (and {@code batch_op.*}) calls emit on PostgreSQL. */
final class AlembicOps {
  private static final Set<String> TABLE_FIRST = Set.of("add_column", "alter_column", "drop_column");

  private AlembicOps() {}

  /** @param batchTable the table of the enclosing {@code batch_alter_table}, or null */
  static String sql(PyModule py, String method, List<Arg> args, String batchTable) {
    Ops o = new Ops(py, args, batchTable, TABLE_FIRST.contains(method) ? 0 : 1);
    switch (method) {
      case "add_column": {
        String t = o.table(0);
        Arg col = o.pos(1);
        return t == null || col == null ? null : "ALTER TABLE " + t + " ADD COLUMN " + column(py, col);
      }
      case "drop_column":
        return "ALTER TABLE " + o.table(0) + " DROP COLUMN " + o.s(1);
      case "alter_column": {
        String t = o.table(0);
        String c = o.s(1);
        List<String> actions = new ArrayList<>();
        String nullable = o.kwText("nullable");
        String type = o.kwText("type_");
        if (type != null) {
          String using = o.kwString("postgresql_using");
          actions.add("ALTER COLUMN " + c + " TYPE " + type(type) + (using != null ? " USING " + using : ""));
        }
        if ("False".equals(nullable)) {
          actions.add("ALTER COLUMN " + c + " SET NOT NULL");
        } else if ("True".equals(nullable)) {
          actions.add("ALTER COLUMN " + c + " DROP NOT NULL");
        }
        String def = o.kwText("server_default");
        if (def != null) {
          actions.add(def.equals("None") ? "ALTER COLUMN " + c + " DROP DEFAULT"
              : "ALTER COLUMN " + c + " SET DEFAULT " + serverDefault(py, PyModule.kw(args, "server_default")));
        }
        String rename = o.kwString("new_column_name");
        if (rename != null) {
          // PostgreSQL cannot rename in the same ALTER TABLE as other actions: Alembic emits it alone
          if (actions.isEmpty()) {
            return "ALTER TABLE " + t + " RENAME COLUMN " + c + " TO " + rename;
          }
        }
        return actions.isEmpty() ? null : "ALTER TABLE " + t + " " + String.join(", ", actions);
      }
      case "create_index": {
        String name = o.s(0);
        String t = o.table(1);
        Arg cols = o.pos(2);
        boolean conc = "True".equals(o.kwText("postgresql_concurrently"));
        boolean unique = "True".equals(o.kwText("unique"));
        boolean ine = "True".equals(o.kwText("if_not_exists"));
        String where = o.kwText("postgresql_where");
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + (conc ? "CONCURRENTLY " : "")
            + (ine ? "IF NOT EXISTS " : "") + (name == null ? "" : name + " ") + "ON " + t + " ("
            + String.join(", ", list(py, cols)) + ")" + (where != null ? " WHERE true" : "");
      }
      case "drop_index": {
        boolean conc = "True".equals(o.kwText("postgresql_concurrently"));
        boolean ie = "True".equals(o.kwText("if_exists"));
        return "DROP INDEX " + (conc ? "CONCURRENTLY " : "") + (ie ? "IF EXISTS " : "") + o.s(0);
      }
      case "create_foreign_key": {
        String name = o.s(0);
        String src = o.table(1);
        String ref = o.s(2);
        boolean notValid = "True".equals(o.kwText("postgresql_not_valid"));
        return "ALTER TABLE " + src + " ADD CONSTRAINT " + name + " FOREIGN KEY ("
            + String.join(", ", list(py, o.pos(3))) + ") REFERENCES " + ref + " ("
            + String.join(", ", list(py, o.pos(4))) + ")" + (notValid ? " NOT VALID" : "");
      }
      case "create_unique_constraint":
        return "ALTER TABLE " + o.table(1) + " ADD CONSTRAINT " + o.s(0) + " UNIQUE ("
            + String.join(", ", list(py, o.pos(2))) + ")";
      case "create_check_constraint": {
        String cond = o.s(2);
        if (cond == null) {
          cond = "true";
        }
        boolean notValid = "True".equals(o.kwText("postgresql_not_valid"));
        return "ALTER TABLE " + o.table(1) + " ADD CONSTRAINT " + o.s(0) + " CHECK (" + cond + ")"
            + (notValid ? " NOT VALID" : "");
      }
      case "create_primary_key":
        return "ALTER TABLE " + o.table(1) + " ADD CONSTRAINT " + o.s(0) + " PRIMARY KEY ("
            + String.join(", ", list(py, o.pos(2))) + ")";
      case "drop_constraint":
        return "ALTER TABLE " + o.table(1) + " DROP CONSTRAINT " + o.s(0);
      case "drop_table":
        return "DROP TABLE " + o.s(0);
      case "rename_table":
        return "ALTER TABLE " + o.s(0) + " RENAME TO " + o.s(1);
      case "create_table": {
        String t = o.s(0);
        List<String> cols = new ArrayList<>();
        for (Arg a : args) {
          if (a.kw() == null && py.text(a).matches("(?s)^(sa\\.|sqlalchemy\\.)?Column\\s*\\(.*")) {
            cols.add(column(py, a));
          }
        }
        return "CREATE TABLE " + t + " (" + String.join(", ", cols) + ")";
      }
      default:
        return null;
    }
  }

  /** Positional arguments with the batch table injected at its place. */
  private static final class Ops {
    final PyModule py;
    final List<Arg> args;
    final String batchTable;
    final int tableIndex;

    Ops(PyModule py, List<Arg> args, String batchTable, int tableIndex) {
      this.py = py;
      this.args = args;
      this.batchTable = batchTable;
      this.tableIndex = tableIndex;
    }

    Arg pos(int i) {
      if (batchTable != null && i > tableIndex) {
        return PyModule.pos(args, i - 1);
      }
      return PyModule.pos(args, i);
    }

    String s(int i) {
      if (batchTable != null && i == tableIndex) {
        return batchTable;
      }
      String v = Alembic.str(py, pos(i));
      return v == null && pos(i) != null ? py.text(pos(i)) : v;
    }

    String table(int i) {
      String t = s(i);
      if (t == null) {
        t = kwString(i == 0 ? "table_name" : "table_name");
        if (t == null) {
          t = kwString("source_table");
        }
      }
      String schema = kwString("schema");
      return schema == null || t == null ? t : schema + "." + t;
    }

    String kwText(String name) {
      Arg a = PyModule.kw(args, name);
      return a == null ? null : py.text(a);
    }

    String kwString(String name) {
      return Alembic.str(py, PyModule.kw(args, name));
    }
  }

  /** Items of a list/tuple literal of strings. */
  private static List<String> list(PyModule py, Arg a) {
    List<String> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    int from = a.from();
    int to = a.to();
    if (py.toks.get(from).is("[") || py.toks.get(from).is("(")) {
      for (Arg item : py.args(from)) {
        String v = Alembic.str(py, item);
        out.add(v != null ? v : py.text(item));
      }
    } else {
      String v = Alembic.str(py, a);
      out.add(v != null ? v : py.text(from, to));
    }
    return out;
  }

  /** {@code sa.Column("name", sa.Type, nullable=False, server_default=...)} as a column definition. */
  static String column(PyModule py, Arg col) {
    int open = col.from();
    while (open < col.to() && !py.toks.get(open).is("(")) {
      open++;
    }
    if (open >= col.to()) {
      return "unknown text";
    }
    List<Arg> args = py.args(open);
    String name = Alembic.str(py, PyModule.pos(args, 0));
    Arg typeArg = PyModule.pos(args, 1);
    String type = typeArg == null ? "text" : type(py.text(typeArg));
    StringBuilder sb = new StringBuilder(name == null ? "unnamed" : name).append(' ').append(type);
    Arg def = PyModule.kw(args, "server_default");
    if (def != null && !py.text(def).equals("None")) {
      sb.append(" DEFAULT ").append(serverDefault(py, def));
    }
    Arg nullable = PyModule.kw(args, "nullable");
    Arg pk = PyModule.kw(args, "primary_key");
    if (nullable != null && py.text(nullable).equals("False")) {
      sb.append(" NOT NULL");
    }
    if (pk != null && py.text(pk).equals("True")) {
      sb.append(" PRIMARY KEY");
    }
    return sb.toString();
  }

  private static String serverDefault(PyModule py, Arg def) {
    String raw = py.text(def);
    String r = raw.replaceAll("\\s+", "");
    if (r.matches("^(sa\\.|sqlalchemy\\.)?(func\\.)\\w+\\(\\)$")) {
      return r.substring(r.indexOf("func.") + 5);
    }
    if (r.matches("^(sa\\.|sqlalchemy\\.)?(true|false)\\(\\)$")) {
      return r.contains("true") ? "true" : "false";
    }
    if (r.matches("^(sa\\.|sqlalchemy\\.)?text\\(.*")) {
      String v = Alembic.str(py, def);
      return v == null ? "NULL" : v; // text("now()") is SQL as written
    }
    String v = Alembic.str(py, def);
    return v == null ? "NULL" : "'" + v.replace("'", "''") + "'";
  }

  /** A SQLAlchemy type expression as PostgreSQL spells the type. */
  static String type(String expr) {
    String e = expr.strip().replaceAll("\\s+", "");
    e = e.replaceAll("^(sa|sqlalchemy|postgresql|sa\\.dialects\\.postgresql|pg|types)\\.", "");
    String base = e.replaceAll("\\(.*", "");
    String argText = e.contains("(") ? e.substring(e.indexOf('(') + 1, Math.max(e.indexOf('(') + 1, e.lastIndexOf(')'))) : "";
    String firstArg = argText.split(",")[0];
    boolean num = firstArg.matches("\\d+");
    return switch (base.toLowerCase(Locale.ROOT)) {
      case "string", "unicode", "varchar" -> num ? "varchar(" + firstArg + ")" : "varchar";
      case "text", "unicodetext" -> "text";
      case "integer", "int" -> "integer";
      case "biginteger" -> "bigint";
      case "smallinteger" -> "smallint";
      case "boolean" -> "boolean";
      case "datetime", "timestamp" -> argText.contains("timezone=True") ? "timestamptz" : "timestamp";
      case "date" -> "date";
      case "time" -> "time";
      case "float" -> "double precision";
      case "numeric", "decimal" -> argText.isEmpty() ? "numeric" : "numeric(" + argText.replaceAll("[a-z_]+=", "") + ")";
      case "json" -> "json";
      case "jsonb" -> "jsonb";
      case "uuid" -> "uuid";
      case "largebinary", "bytea" -> "bytea";
      case "interval" -> "interval";
      case "enum" -> "text";
      case "array" -> type(argText) + "[]";
      default -> "text";
    };
  }
}
