package dev.godwit.format.host;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.godwit.format.host.JavaValues.Frame;
import dev.godwit.format.host.JavaValues.Val;
import dev.godwit.model.Span;
import java.util.List;
import java.util.Locale;

/**
 * The SQL that jOOQ renders for PostgreSQL from a DDL/DML builder chain ({@code createTable},
 * {@code alterTable(...).addColumn/alter/drop/renameColumn/...}, {@code createIndex(...).on(...)},
 * {@code dropTable}, {@code dropIndex}, {@code truncate}, {@code update}, {@code deleteFrom}), written by
 * Godwit with every part mapped to the Java construct it comes from: names to their string literals,
 * keywords to the builder method that implies them. The statement spans the whole chain. Names are
 * quoted, as jOOQ renders them by default. A call Godwit does not model makes the chain a note that
 * names it.
 */
final class JooqDsl extends JooqParts {
  private JooqDsl(FlywayJavaCalls.Unit u, Frame frame, JavaValues values) {
    super(u, frame, values);
  }

  /** The SQL of a chain (its calls after the DSLContext, the terminal {@code execute()} last), or a note. */
  static Val render(List<MethodCallExpr> chain, MethodCallExpr terminal, FlywayJavaCalls.Unit u, Frame f,
      JavaValues values) {
    JooqDsl d = new JooqDsl(u, f, values);
    try {
      d.statement(chain.subList(0, chain.size() - 1));
    } catch (Unmodeled ex) {
      return Val.unknown("Godwit does not model the jOOQ " + ex.getMessage());
    }
    // the statement spans the chain: its first character maps to the chain's start, its last to its end
    Span whole = u.span(terminal);
    String s = d.out.toString();
    var map = d.out.map();
    SqlText framed = new SqlText();
    for (int i = 0; i < s.length(); i++) {
      framed.append(s.charAt(i), i == 0 ? whole.start() : i == s.length() - 1 ? whole.end() - 1 : map.toHost(i));
    }
    return new Val(framed, u, null);
  }

  private void statement(List<MethodCallExpr> c) {
    MethodCallExpr first = c.get(0);
    String op = first.getNameAsString();
    switch (op) {
      case "createTable", "createTableIfNotExists", "createTemporaryTable", "createTemporaryTableIfNotExists" -> {
        kw(op.contains("Temporary") ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ", first);
        if (op.endsWith("IfNotExists")) {
          kw("IF NOT EXISTS ", first);
        }
        name(arg(first, 0));
        kw(" (", first);
        boolean any = false;
        for (MethodCallExpr m : c.subList(1, c.size())) {
          switch (m.getNameAsString()) {
            case "column" -> {
              comma(any, m);
              column(m);
              any = true;
            }
            case "columns" -> {
              for (Expression a : m.getArguments()) {
                comma(any, m);
                fieldColumn(a, m);
                any = true;
              }
            }
            case "constraint", "constraints" -> {
              for (Expression a : m.getArguments()) {
                comma(any, m);
                constraint(a);
                any = true;
              }
            }
            case "primaryKey", "unique" -> {
              comma(any, m);
              kw(m.getNameAsString().equals("unique") ? "UNIQUE " : "PRIMARY KEY ", m);
              names(m.getArguments(), m);
              any = true;
            }
            default -> throw new Unmodeled("call " + m.getNameAsString() + "() of createTable");
          }
        }
        kw(")", c.get(c.size() - 1));
      }
      case "alterTable", "alterTableIfExists" -> alterTable(c, first, op);
      case "createIndex", "createIndexIfNotExists", "createUniqueIndex", "createUniqueIndexIfNotExists" -> {
        kw(op.contains("Unique") ? "CREATE UNIQUE INDEX " : "CREATE INDEX ", first);
        if (op.endsWith("IfNotExists")) {
          kw("IF NOT EXISTS ", first);
        }
        if (!first.getArguments().isEmpty()) {
          name(arg(first, 0));
          kw(" ", first);
        }
        MethodCallExpr on = c.size() > 1 ? c.get(1) : null;
        if (on == null || !on.getNameAsString().equals("on") || on.getArguments().size() < 2) {
          throw new Unmodeled("call " + op + "() without on(table, columns...)");
        }
        kw("ON ", on);
        name(on.getArguments().get(0));
        kw(" ", on);
        names(on.getArguments().subList(1, on.getArguments().size()), on);
        for (MethodCallExpr m : c.subList(2, c.size())) {
          if (m.getNameAsString().equals("where")) {
            kw(" WHERE ", m);
            condition(m.getArguments(), m);
          } else if (m.getNameAsString().equals("include")) {
            kw(" INCLUDE ", m);
            names(m.getArguments(), m);
          } else {
            throw new Unmodeled("call " + m.getNameAsString() + "() of createIndex");
          }
        }
      }
      case "dropTable", "dropTableIfExists", "dropIndex", "dropIndexIfExists", "dropView", "dropViewIfExists",
          "dropSequence", "dropSequenceIfExists", "dropSchema", "dropSchemaIfExists" -> {
        String what = op.replaceFirst("^drop", "").replace("IfExists", "").toUpperCase(Locale.ROOT);
        kw("DROP " + what + " ", first);
        if (op.endsWith("IfExists")) {
          kw("IF EXISTS ", first);
        }
        name(arg(first, 0));
        for (MethodCallExpr m : c.subList(1, c.size())) {
          switch (m.getNameAsString()) {
            case "cascade" -> kw(" CASCADE", m);
            case "restrict" -> kw(" RESTRICT", m);
            case "on" -> { } // the table of a MySQL-style DROP INDEX ... ON: PostgreSQL ignores it
            default -> throw new Unmodeled("call " + m.getNameAsString() + "() of " + op);
          }
        }
      }
      case "truncate", "truncateTable" -> {
        kw("TRUNCATE ", first);
        name(arg(first, 0));
        for (MethodCallExpr m : c.subList(1, c.size())) {
          switch (m.getNameAsString()) {
            case "restartIdentity" -> kw(" RESTART IDENTITY", m);
            case "continueIdentity" -> kw(" CONTINUE IDENTITY", m);
            case "cascade" -> kw(" CASCADE", m);
            case "restrict" -> kw(" RESTRICT", m);
            default -> throw new Unmodeled("call " + m.getNameAsString() + "() of truncate");
          }
        }
      }
      case "update" -> {
        kw("UPDATE ", first);
        name(arg(first, 0));
        String sep = " SET ";
        for (MethodCallExpr m : c.subList(1, c.size())) {
          switch (m.getNameAsString()) {
            case "set" -> {
              if (m.getArguments().size() != 2) {
                throw new Unmodeled("call set() with a map or row of values");
              }
              kw(sep, m);
              name(m.getArguments().get(0));
              kw(" = ", m);
              value(m.getArguments().get(1), m);
              sep = ", ";
            }
            case "where" -> {
              kw(" WHERE ", m);
              condition(m.getArguments(), m);
            }
            default -> throw new Unmodeled("call " + m.getNameAsString() + "() of update");
          }
        }
      }
      case "deleteFrom", "delete" -> {
        kw("DELETE FROM ", first);
        name(arg(first, 0));
        for (MethodCallExpr m : c.subList(1, c.size())) {
          if (!m.getNameAsString().equals("where")) {
            throw new Unmodeled("call " + m.getNameAsString() + "() of deleteFrom");
          }
          kw(" WHERE ", m);
          condition(m.getArguments(), m);
        }
      }
      default -> throw new Unmodeled("call " + op + "()");
    }
  }

  private void alterTable(List<MethodCallExpr> c, MethodCallExpr first, String op) {
    kw("ALTER TABLE ", first);
    if (op.endsWith("IfExists")) {
      kw("IF EXISTS ", first);
    }
    name(arg(first, 0));
    if (c.size() < 2) {
      throw new Unmodeled("call alterTable() without an action");
    }
    MethodCallExpr action = c.get(1);
    String a = action.getNameAsString();
    int rest = 2;
    switch (a) {
      case "add", "addColumn", "addIfNotExists", "addColumnIfNotExists" -> {
        kw(" ADD ", action);
        if (action.getArguments().size() == 1 && isConstraint(action.getArguments().get(0))) {
          constraint(action.getArguments().get(0));
        } else {
          kw("COLUMN ", action);
          if (a.endsWith("IfNotExists")) {
            kw("IF NOT EXISTS ", action);
          }
          if (action.getArguments().size() == 2) {
            column(action);
          } else {
            fieldColumn(arg(action, 0), action);
          }
        }
      }
      case "alter", "alterColumn" -> {
        kw(" ALTER COLUMN ", action);
        name(arg(action, 0));
        MethodCallExpr how = c.size() > 2 ? c.get(2) : null;
        rest = 3;
        if (how == null) {
          throw new Unmodeled("call " + a + "() without what to change");
        }
        switch (how.getNameAsString()) {
          case "set", "setDataType" -> {
            Expression t = arg(how, 0);
            if (isDefaultCall(t)) {
              throw new Unmodeled("call set(" + JavaValues.abbreviate(t.toString()) + ")");
            }
            kw(" TYPE ", how);
            type(t, how, false);
          }
          case "setNotNull" -> kw(" SET NOT NULL", how);
          case "dropNotNull" -> kw(" DROP NOT NULL", how);
          case "setDefault", "default_", "defaultValue" -> {
            kw(" SET DEFAULT ", how);
            value(arg(how, 0), how);
          }
          case "dropDefault" -> kw(" DROP DEFAULT", how);
          default -> throw new Unmodeled("call " + how.getNameAsString() + "() of alterColumn");
        }
      }
      case "drop", "dropColumn", "dropIfExists", "dropColumnIfExists", "dropColumns" -> {
        if (action.getArguments().size() == 1 && isConstraint(action.getArguments().get(0))) {
          kw(" DROP CONSTRAINT ", action);
          if (a.endsWith("IfExists")) {
            kw("IF EXISTS ", action);
          }
          name(constraintName(action.getArguments().get(0)));
        } else {
          String sep = " DROP COLUMN ";
          for (Expression col : action.getArguments()) {
            kw(sep, action);
            if (a.endsWith("IfExists")) {
              kw("IF EXISTS ", action);
            }
            name(col);
            sep = ", DROP COLUMN ";
          }
        }
      }
      case "dropConstraint", "dropConstraintIfExists", "dropForeignKey", "dropUnique" -> {
        kw(" DROP CONSTRAINT ", action);
        if (a.endsWith("IfExists")) {
          kw("IF EXISTS ", action);
        }
        name(arg(action, 0));
      }
      case "renameColumn", "renameConstraint", "renameField" -> {
        kw(a.equals("renameConstraint") ? " RENAME CONSTRAINT " : " RENAME COLUMN ", action);
        name(arg(action, 0));
        MethodCallExpr to = c.size() > 2 ? c.get(2) : null;
        if (to == null || !to.getNameAsString().equals("to")) {
          throw new Unmodeled("call " + a + "() without to(...)");
        }
        kw(" TO ", to);
        name(arg(to, 0));
        rest = 3;
      }
      case "renameTo", "rename" -> {
        kw(" RENAME TO ", action);
        name(arg(action, 0));
      }
      default -> throw new Unmodeled("call " + a + "() of alterTable");
    }
    for (MethodCallExpr m : c.subList(Math.min(rest, c.size()), c.size())) {
      switch (m.getNameAsString()) {
        case "cascade" -> kw(" CASCADE", m);
        case "restrict" -> kw(" RESTRICT", m);
        default -> throw new Unmodeled("call " + m.getNameAsString() + "() of alterTable");
      }
    }
  }
}
