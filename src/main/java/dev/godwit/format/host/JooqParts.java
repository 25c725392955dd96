package dev.godwit.format.host;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import dev.godwit.format.host.JavaValues.Frame;
import dev.godwit.format.host.JavaValues.Val;
import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of the SQL {@link JooqDsl} writes for a jOOQ builder chain: names (quoted, as jOOQ renders
 * them), data types with their modifiers, values, conditions and constraints, each character mapped to
 * the Java construct it comes from.
 */
abstract class JooqParts {
  static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("BIGINT", "bigint"), Map.entry("INTEGER", "integer"), Map.entry("INT", "integer"),
      Map.entry("SMALLINT", "smallint"), Map.entry("TINYINT", "smallint"), Map.entry("BOOLEAN", "boolean"),
      Map.entry("BIT", "boolean"), Map.entry("VARCHAR", "varchar"), Map.entry("NVARCHAR", "varchar"),
      Map.entry("CHAR", "char"), Map.entry("NCHAR", "char"), Map.entry("CLOB", "text"), Map.entry("NCLOB", "text"),
      Map.entry("LONGVARCHAR", "text"), Map.entry("LONGNVARCHAR", "text"), Map.entry("DECIMAL", "numeric"),
      Map.entry("NUMERIC", "numeric"), Map.entry("DECIMAL_INTEGER", "numeric"), Map.entry("DOUBLE", "double precision"),
      Map.entry("FLOAT", "double precision"), Map.entry("REAL", "real"), Map.entry("DATE", "date"),
      Map.entry("LOCALDATE", "date"), Map.entry("TIME", "time"), Map.entry("LOCALTIME", "time"),
      Map.entry("TIMESTAMP", "timestamp"), Map.entry("LOCALDATETIME", "timestamp"),
      Map.entry("TIMESTAMPWITHTIMEZONE", "timestamp with time zone"),
      Map.entry("OFFSETDATETIME", "timestamp with time zone"), Map.entry("INSTANT", "timestamp with time zone"),
      Map.entry("TIMEWITHTIMEZONE", "time with time zone"), Map.entry("OFFSETTIME", "time with time zone"),
      Map.entry("BINARY", "bytea"), Map.entry("VARBINARY", "bytea"), Map.entry("LONGVARBINARY", "bytea"),
      Map.entry("BLOB", "bytea"), Map.entry("UUID", "uuid"), Map.entry("JSON", "json"), Map.entry("JSONB", "jsonb"),
      Map.entry("INTERVAL", "interval"), Map.entry("SERIAL", "serial"), Map.entry("BIGSERIAL", "bigserial"));
  static final Set<String> NAME_WRAPPERS = Set.of("name", "quotedName", "unquotedName", "field", "table",
      "index", "constraint", "sequence", "schema");

  /** Thrown inside the renderer when the chain holds something Godwit does not model. */
  static final class Unmodeled extends RuntimeException {
    Unmodeled(String what) {
      super(what, null, false, false);
    }
  }

  final FlywayJavaCalls.Unit u;
  final Frame frame;
  final JavaValues values;
  final SqlText out = new SqlText();

  JooqParts(FlywayJavaCalls.Unit u, Frame frame, JavaValues values) {
    this.u = u;
    this.frame = frame;
    this.values = values;
  }

  // ---- parts -------------------------------------------------------------------------------------

  static Expression arg(MethodCallExpr m, int i) {
    if (m.getArguments().size() <= i) {
      throw new Unmodeled("call " + m.getNameAsString() + "() with " + m.getArguments().size() + " arguments");
    }
    return m.getArguments().get(i);
  }

  void comma(boolean any, Node at) {
    if (any) {
      kw(", ", at);
    }
  }

  /** Generated text, every character mapped into the construct that implies it. */
  void kw(String text, Node at) {
    Span s = u.span(at instanceof MethodCallExpr mc ? mc.getName() : at);
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i), s.start() + Math.min(i, Math.max(0, s.length() - 1)));
    }
  }

  /** A quoted name from a string (a literal or constant), {@code name("...")}, {@code field("...")} and the like. */
  void name(Expression x) {
    x = unwrap(x);
    if (x instanceof MethodCallExpr mc && NAME_WRAPPERS.contains(mc.getNameAsString()) && !mc.getArguments().isEmpty()
        && mc.getScope().map(s -> s.toString().endsWith("DSL")).orElse(true)) {
      String sep = "";
      int parts = mc.getNameAsString().equals("field") || mc.getNameAsString().equals("table") ? 1 : mc.getArguments().size();
      for (Expression part : mc.getArguments().subList(0, parts)) {
        kw(sep, mc);
        name(part);
        sep = ".";
      }
      return;
    }
    Val v = values.eval(x, u, frame, 0);
    if (!v.known() || v.unit() != u) {
      throw new Unmodeled("name " + JavaValues.abbreviate(x.toString()) + ", which Godwit cannot know");
    }
    Span s = u.span(x);
    out.append('"', s.start());
    String t = v.text().toString();
    var map = v.text().map();
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '"') {
        out.append('"', map.toHost(i));
      }
      out.append(t.charAt(i), map.toHost(i));
    }
    out.append('"', s.end() - 1);
  }

  void names(List<Expression> cols, MethodCallExpr at) {
    kw("(", at);
    String sep = "";
    for (Expression c : cols) {
      kw(sep, at);
      Expression e = unwrap(c);
      if (e instanceof MethodCallExpr mc && (mc.getNameAsString().equals("desc") || mc.getNameAsString().equals("asc"))
          && mc.getScope().isPresent()) {
        name(mc.getScope().get());
        kw(mc.getNameAsString().equals("desc") ? " DESC" : " ASC", mc);
      } else {
        name(e);
      }
      sep = ", ";
    }
    kw(")", at);
  }

  /** {@code column(name, TYPE...)} or {@code addColumn(name, TYPE...)}: the column definition. */
  void column(MethodCallExpr m) {
    if (m.getArguments().size() == 1) {
      fieldColumn(m.getArguments().get(0), m);
      return;
    }
    name(arg(m, 0));
    kw(" ", m);
    type(arg(m, 1), m, true);
  }

  /** A column given as {@code field(name, TYPE)}. */
  void fieldColumn(Expression x, MethodCallExpr at) {
    Expression e = unwrap(x);
    if (e instanceof MethodCallExpr mc && mc.getNameAsString().equals("field") && mc.getArguments().size() == 2) {
      name(mc.getArguments().get(0));
      kw(" ", at);
      type(mc.getArguments().get(1), at, true);
      return;
    }
    throw new Unmodeled("column " + JavaValues.abbreviate(x.toString()) + ", which has no type Godwit can see");
  }

  /** A jOOQ data type with its modifiers: {@code VARCHAR(100).nullable(false)}, {@code BIGINT.identity(true)}. */
  void type(Expression x, Node at, boolean withModifiers) {
    List<MethodCallExpr> mods = new ArrayList<>();
    Expression e = unwrap(x);
    while (e instanceof MethodCallExpr mc && mc.getScope().isPresent() && !TYPES.containsKey(mc.getNameAsString())) {
      mods.add(0, mc);
      e = unwrap(mc.getScope().get());
    }
    String base;
    List<Expression> params = List.of();
    if (e instanceof MethodCallExpr mc) {
      base = mc.getNameAsString();
      params = mc.getArguments();
    } else if (e instanceof NameExpr n) {
      base = n.getNameAsString();
    } else if (e instanceof FieldAccessExpr fa) {
      base = fa.getNameAsString();
    } else {
      throw new Unmodeled("data type " + JavaValues.abbreviate(x.toString()));
    }
    String sql = TYPES.get(base);
    if (sql == null) {
      throw new Unmodeled("data type " + base);
    }
    List<String> sizes = new ArrayList<>();
    for (Expression p : params) {
      sizes.add(literal(p));
    }
    String identity = null;
    String notNull = null;
    MethodCallExpr defaultCall = null;
    for (MethodCallExpr m : mods) {
      switch (m.getNameAsString()) {
        case "length", "precision", "scale" -> {
          for (Expression p : m.getArguments()) {
            sizes.add(literal(p));
          }
        }
        case "nullable" -> notNull = "false".equals(m.getArguments().isEmpty() ? "" : m.getArguments().get(0).toString())
            ? " NOT NULL" : null;
        case "notNull" -> notNull = " NOT NULL";
        case "null_" -> notNull = null;
        case "identity" -> identity = m.getArguments().isEmpty() || !"false".equals(m.getArguments().get(0).toString())
            ? " GENERATED BY DEFAULT AS IDENTITY" : null;
        case "defaultValue", "default_" -> defaultCall = m;
        default -> throw new Unmodeled("data type modifier " + m.getNameAsString() + "()");
      }
    }
    kw(sql, at instanceof MethodCallExpr ? e : at);
    if (!sizes.isEmpty() && !sql.contains(" ")) {
      kw("(" + String.join(", ", sizes) + ")", e);
    }
    if (!withModifiers) {
      return;
    }
    if (identity != null) {
      kw(identity, mods.get(0));
    }
    if (defaultCall != null) {
      kw(" DEFAULT ", defaultCall);
      value(arg(defaultCall, 0), defaultCall);
    }
    if (notNull != null) {
      kw(notNull, mods.isEmpty() ? e : mods.get(mods.size() - 1));
    }
  }

  static String literal(Expression p) {
    if (p instanceof IntegerLiteralExpr || p instanceof LongLiteralExpr) {
      return p.toString().replaceAll("[lL]$", "");
    }
    throw new Unmodeled("type size " + p);
  }

  /** A value: a literal, {@code inline(...)}/{@code val(...)}, {@code field("col")}, {@code currentTimestamp()}. */
  void value(Expression x, MethodCallExpr at) {
    Expression e = unwrap(x);
    if (e instanceof MethodCallExpr mc && mc.getArguments().size() == 1
        && Set.of("inline", "val", "value").contains(mc.getNameAsString())) {
      value(mc.getArguments().get(0), at);
      return;
    }
    if (e instanceof MethodCallExpr mc && mc.getArguments().isEmpty()
        && Set.of("currentTimestamp", "now", "currentDate", "currentTime", "currentLocalDateTime")
            .contains(mc.getNameAsString())) {
      kw(mc.getNameAsString().equals("currentDate") ? "CURRENT_DATE" : mc.getNameAsString().equals("currentTime")
          ? "CURRENT_TIME" : "CURRENT_TIMESTAMP", mc);
      return;
    }
    if (e instanceof MethodCallExpr mc && mc.getNameAsString().equals("field") && mc.getArguments().size() == 1) {
      name(mc.getArguments().get(0));
      return;
    }
    if (e instanceof NullLiteralExpr) {
      kw("NULL", e);
      return;
    }
    if (e instanceof BooleanLiteralExpr || e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr
        || e instanceof DoubleLiteralExpr) {
      kw(e.toString().replaceAll("[lLdDfF]$", ""), e);
      return;
    }
    Val v = values.eval(e, u, frame, 0);
    if (!v.known() || v.unit() != u) {
      throw new Unmodeled("value " + JavaValues.abbreviate(x.toString()) + ", which Godwit cannot know");
    }
    Span s = u.span(e);
    out.append('\'', s.start());
    String t = v.text().toString();
    var map = v.text().map();
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '\'') {
        out.append('\'', map.toHost(i));
      }
      out.append(t.charAt(i), map.toHost(i));
    }
    out.append('\'', s.end() - 1);
  }

  /** A condition: {@code field("c").eq(v)}, {@code isNull()}, {@code condition("sql")}; others are TRUE. */
  void condition(List<Expression> args, MethodCallExpr at) {
    if (args.size() != 1) {
      kw("TRUE", at);
      return;
    }
    Expression e = unwrap(args.get(0));
    if (e instanceof MethodCallExpr mc && mc.getNameAsString().equals("condition") && mc.getArguments().size() == 1) {
      Val v = values.eval(mc.getArguments().get(0), u, frame, 0);
      if (v.known() && v.unit() == u) {
        kw("(", mc);
        out.append(v.text());
        kw(")", mc);
        return;
      }
    }
    if (e instanceof MethodCallExpr mc && mc.getScope().isPresent()) {
      Map<String, String> ops = Map.of("eq", " = ", "equal", " = ", "ne", " <> ", "notEqual", " <> ", "gt", " > ",
          "lt", " < ", "ge", " >= ", "le", " <= ");
      String op = mc.getNameAsString();
      if (ops.containsKey(op) && mc.getArguments().size() == 1 || op.equals("isNull") || op.equals("isNotNull")) {
        int mark = out.length();
        try {
          name(mc.getScope().get());
          if (op.equals("isNull") || op.equals("isNotNull")) {
            kw(op.equals("isNull") ? " IS NULL" : " IS NOT NULL", mc);
          } else {
            kw(ops.get(op), mc);
            value(mc.getArguments().get(0), mc);
          }
          return;
        } catch (Unmodeled ex) {
          if (out.length() != mark) {
            throw ex;
          }
        }
      }
    }
    kw("TRUE", at); // a condition Godwit does not render: the statement still has its WHERE
  }

  static boolean isConstraint(Expression x) {
    Expression e = unwrap(x);
    while (e instanceof MethodCallExpr mc) {
      String n = mc.getNameAsString();
      if (Set.of("constraint", "primaryKey", "unique", "foreignKey", "check").contains(n) && mc.getScope().isEmpty()) {
        return true;
      }
      if (mc.getScope().isEmpty()) {
        return false;
      }
      e = unwrap(mc.getScope().get());
    }
    return false;
  }

  static Expression constraintName(Expression x) {
    Expression e = unwrap(x);
    while (e instanceof MethodCallExpr mc && mc.getScope().isPresent()) {
      e = unwrap(mc.getScope().get());
    }
    if (e instanceof MethodCallExpr mc && mc.getNameAsString().equals("constraint") && !mc.getArguments().isEmpty()) {
      return mc.getArguments().get(0);
    }
    throw new Unmodeled("constraint " + JavaValues.abbreviate(x.toString()) + " without a name");
  }

  /** {@code [constraint("n").]primaryKey(...) | unique(...) | foreignKey(...).references(t, cols...) | check(...)}. */
  void constraint(Expression x) {
    List<MethodCallExpr> parts = new ArrayList<>();
    Expression e = unwrap(x);
    while (e instanceof MethodCallExpr mc) {
      parts.add(0, mc);
      if (mc.getScope().isEmpty()) {
        break;
      }
      e = unwrap(mc.getScope().get());
    }
    if (parts.isEmpty()) {
      throw new Unmodeled("constraint " + JavaValues.abbreviate(x.toString()));
    }
    for (MethodCallExpr m : parts) {
      switch (m.getNameAsString()) {
        case "constraint" -> {
          kw("CONSTRAINT ", m);
          name(arg(m, 0));
          kw(" ", m);
        }
        case "primaryKey" -> {
          kw("PRIMARY KEY ", m);
          names(m.getArguments(), m);
        }
        case "unique" -> {
          kw("UNIQUE ", m);
          names(m.getArguments(), m);
        }
        case "foreignKey" -> {
          kw("FOREIGN KEY ", m);
          names(m.getArguments(), m);
        }
        case "references" -> {
          kw(" REFERENCES ", m);
          name(arg(m, 0));
          if (m.getArguments().size() > 1) {
            kw(" ", m);
            names(m.getArguments().subList(1, m.getArguments().size()), m);
          }
        }
        case "onDeleteCascade" -> kw(" ON DELETE CASCADE", m);
        case "onDeleteSetNull" -> kw(" ON DELETE SET NULL", m);
        case "onDeleteRestrict" -> kw(" ON DELETE RESTRICT", m);
        case "onUpdateCascade" -> kw(" ON UPDATE CASCADE", m);
        case "check" -> {
          kw("CHECK (", m);
          condition(m.getArguments(), m);
          kw(")", m);
        }
        default -> throw new Unmodeled("constraint call " + m.getNameAsString() + "()");
      }
    }
  }

  static boolean isDefaultCall(Expression x) {
    return unwrap(x) instanceof MethodCallExpr mc && mc.getNameAsString().startsWith("default");
  }

  static Expression unwrap(Expression x) {
    while (true) {
      if (x instanceof EnclosedExpr en) {
        x = en.getInner();
      } else if (x instanceof CastExpr ce) {
        x = ce.getExpression();
      } else {
        return x;
      }
    }
  }
}
