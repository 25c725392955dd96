package dev.godwit.format.host;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.godwit.model.OffsetMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The string values of a Flyway Java migration's expressions, as far as they can be known without running
 * it: literals, text blocks, concatenations, {@code String.format}/{@code formatted} and {@code concat}
 * with constant arguments, constants of the class and its base classes, local variables as the walk of
 * {@link FlywayJavaCalls} last assigned them, and the elements of string arrays and lists. Every
 * character keeps the offset of the source character it comes from.
 */
final class JavaValues {
  /** A value: its text (null when unknown, then {@code why} says what Godwit could not know). */
  record Val(SqlText text, FlywayJavaCalls.Unit unit, String why) {
    static Val unknown(String why) {
      return new Val(null, null, why);
    }

    boolean known() {
      return text != null;
    }
  }

  /** What a variable holds. */
  static final class Var {
    String type;
    Val value;
    List<Val> elements;
    FlywayJavaCalls.Prepared prepared;
    final List<FlywayJavaCalls.Pending> batch = new ArrayList<>();

    Var(String type) {
      this.type = type;
    }
  }

  /** Local variables of one method invocation (or lambda, which sees its enclosing frame). */
  static final class Frame {
    final Map<String, Var> vars = new HashMap<>();
    final Frame parent;

    Frame(Frame parent) {
      this.parent = parent;
    }

    Var get(String name) {
      for (Frame f = this; f != null; f = f.parent) {
        Var v = f.vars.get(name);
        if (v != null) {
          return v;
        }
      }
      return null;
    }
  }

  private static final Set<String> LIST_FACTORIES = Set.of("of", "asList", "copyOf", "newArrayList");

  private final JavaClasses calls;
  private final Map<VariableDeclarator, Var> fieldVars = new HashMap<>();

  JavaValues(JavaClasses calls) {
    this.calls = calls;
  }

  static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }

  /**
   * The value of an expression evaluated in a unit and frame. A value written in another file (a constant
   * or method of a base or derived class) is placed on the expression that refers to it.
   */
  Val eval(Expression x, FlywayJavaCalls.Unit u, Frame f, int depth) {
    Val v = evalHere(x, u, f, depth);
    if (v.known() && v.unit() != u) {
      var s = u.span(x);
      SqlText t = new SqlText();
      String text = v.text().toString();
      for (int i = 0; i < text.length(); i++) {
        t.append(text.charAt(i), s.start() + Math.min(i, Math.max(0, s.length() - 1)));
      }
      return new Val(t, u, null);
    }
    return v;
  }

  private Val evalHere(Expression x, FlywayJavaCalls.Unit u, Frame f, int depth) {
    if (depth > 24) {
      return Val.unknown("the expression " + abbreviate(x.toString()));
    }
    if (x instanceof TextBlockLiteralExpr tb) {
      return new Val(SqlText.javaTextBlock(u.src, u.span(tb).start()), u, null);
    }
    if (x instanceof StringLiteralExpr sl) {
      return new Val(SqlText.javaString(u.src, u.span(sl).start()), u, null);
    }
    if (x instanceof EnclosedExpr en) {
      return eval(en.getInner(), u, f, depth + 1);
    }
    if (x instanceof CastExpr ce) {
      return eval(ce.getExpression(), u, f, depth + 1);
    }
    if (x instanceof IntegerLiteralExpr || x instanceof LongLiteralExpr || x instanceof CharLiteralExpr
        || x instanceof BooleanLiteralExpr) {
      SqlText t = new SqlText();
      var s = u.span(x);
      String v = x instanceof CharLiteralExpr c ? c.asChar() + "" : x.toString().replaceAll("[lL]$", "");
      for (int i = 0; i < v.length(); i++) {
        t.append(v.charAt(i), Math.min(s.start() + i, s.end() - 1));
      }
      return new Val(t, u, null);
    }
    if (x instanceof BinaryExpr be && be.getOperator() == BinaryExpr.Operator.PLUS) {
      // a long "..." + "..." + ... chain nests to the left: walk it without growing the depth
      List<Expression> operands = new ArrayList<>();
      Expression left = be;
      while (left instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
        operands.add(0, b.getRight());
        left = b.getLeft();
      }
      operands.add(0, left);
      Val out = null;
      for (Expression o : operands) {
        Val v = eval(o, u, f, depth + 1);
        out = out == null ? v : concat(out, v);
        if (!out.known()) {
          return out;
        }
      }
      return out;
    }
    if (x instanceof NameExpr ne) {
      Var v = f == null ? null : f.get(ne.getNameAsString());
      if (v == null) {
        v = field(u, ne.getNameAsString());
      }
      if (v == null) {
        v = staticImport(u, ne.getNameAsString());
      }
      if (v != null && v.value != null) {
        return v.value;
      }
      String from = importedFrom(u, ne.getNameAsString());
      return Val.unknown(from != null ? "the constant " + ne.getNameAsString() + " of " + from
          + " (not among the files read)" : "the variable " + ne.getNameAsString());
    }
    if (x instanceof FieldAccessExpr fa) {
      Var v = fa.getScope() instanceof ThisExpr || fa.getScope() instanceof NameExpr n && calls.isClass(u, n.getNameAsString())
          ? field(u, fa.getNameAsString()) : null;
      if (v == null && fa.getScope() instanceof NameExpr n && calls.classUnit(n.getNameAsString()) != null) {
        v = field(calls.classUnit(n.getNameAsString()), fa.getNameAsString()); // a constant of another class of the run
      }
      if (v != null && v.value != null) {
        return v.value;
      }
      return Val.unknown("the field " + abbreviate(fa.toString()));
    }
    if (x instanceof MethodCallExpr mc) {
      return call(mc, u, f, depth);
    }
    return Val.unknown("the expression " + abbreviate(x.toString()));
  }

  private Val call(MethodCallExpr mc, FlywayJavaCalls.Unit u, Frame f, int depth) {
    String m = mc.getNameAsString();
    var args = mc.getArguments();
    boolean onString = mc.getScope().map(s -> s.toString().equals("String")).orElse(false);
    if (m.equals("format") && onString && !args.isEmpty()) {
      return format(eval(args.get(0), u, f, depth + 1), args.subList(1, args.size()), u, f, depth);
    }
    if (m.equals("formatted") && mc.getScope().isPresent() && !onString) {
      return format(eval(mc.getScope().get(), u, f, depth + 1), args, u, f, depth);
    }
    if (m.equals("valueOf") && onString && args.size() == 1) {
      return eval(args.get(0), u, f, depth + 1);
    }
    if (m.equals("concat") && mc.getScope().isPresent() && !onString && args.size() == 1) {
      Val a = eval(mc.getScope().get(), u, f, depth + 1);
      return a.known() ? concat(a, eval(args.get(0), u, f, depth + 1)) : a;
    }
    if ((m.equals("trim") || m.equals("strip") || m.equals("stripIndent") || m.equals("intern"))
        && mc.getScope().isPresent() && args.isEmpty()) {
      return eval(mc.getScope().get(), u, f, depth + 1); // surrounding white space does not change SQL
    }
    if (m.equals("join") && onString && args.size() >= 2) {
      Val sep = eval(args.get(0), u, f, depth + 1);
      List<Val> parts = args.size() == 2 ? elements(args.get(1), u, f, depth + 1) : null;
      if (parts == null) {
        parts = new ArrayList<>();
        for (Expression a : args.subList(1, args.size())) {
          parts.add(eval(a, u, f, depth + 1));
        }
      }
      Val out = null;
      for (Val p : parts) {
        out = out == null ? p : concat(concat(out, sep), p);
      }
      return out == null ? Val.unknown("the call " + abbreviate(mc.toString())) : out;
    }
    if (mc.getScope().isEmpty() || mc.getScope().get() instanceof ThisExpr) {
      // a method of the class that returns a constant: private String sql() { return "..."; }
      FlywayJavaCalls.Unit self = calls.dispatch(u);
      MethodDeclaration md = calls.method(self, m, args.size(), false);
      if (md != null && args.isEmpty() && md.getBody().isPresent()) {
        List<ReturnStmt> rets = md.findAll(ReturnStmt.class);
        if (rets.size() == 1 && rets.get(0).getExpression().isPresent()) {
          FlywayJavaCalls.Unit owner = calls.unitOf(md, self);
          return eval(rets.get(0).getExpression().get(), owner, null, depth + 1);
        }
      }
    }
    return Val.unknown("the call " + abbreviate(mc.toString()));
  }

  static Val concat(Val a, Val b) {
    if (!a.known()) {
      return a;
    }
    if (!b.known()) {
      return b;
    }
    if (a.unit() != b.unit()) {
      return Val.unknown("a value of another class");
    }
    SqlText out = new SqlText();
    out.append(a.text());
    out.append(b.text());
    return new Val(out, a.unit(), null);
  }

  /** {@code String.format} with %s, %d, %n, %% and %1$s style conversions, when all of it is known. */
  private Val format(Val fmt, List<Expression> args, FlywayJavaCalls.Unit u, Frame f, int depth) {
    if (!fmt.known()) {
      return fmt;
    }
    List<Val> vals = new ArrayList<>();
    for (Expression a : args) {
      vals.add(eval(a, u, f, depth + 1));
    }
    String s = fmt.text().toString();
    OffsetMap map = fmt.text().map();
    SqlText out = new SqlText();
    int next = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '%' || i + 1 >= s.length()) {
        out.append(c, map.toHost(i));
        continue;
      }
      int j = i + 1;
      int argIndex = -1;
      int k = j;
      while (k < s.length() && Character.isDigit(s.charAt(k))) {
        k++;
      }
      if (k > j && k < s.length() && s.charAt(k) == '$') {
        argIndex = Integer.parseInt(s.substring(j, k)) - 1;
        j = k + 1;
      }
      if (j >= s.length()) {
        return Val.unknown("the format " + abbreviate(s));
      }
      char conv = s.charAt(j);
      if (conv == '%') {
        out.append('%', map.toHost(i));
      } else if (conv == 'n') {
        out.append('\n', map.toHost(i));
      } else if (conv == 's' || conv == 'd' || conv == 'S') {
        int idx = argIndex >= 0 ? argIndex : next++;
        if (idx >= vals.size()) {
          return Val.unknown("the format " + abbreviate(s));
        }
        Val v = vals.get(idx);
        if (!v.known()) {
          return v;
        }
        if (v.unit() != u) {
          return Val.unknown("a value of another class");
        }
        out.append(v.text());
      } else {
        return Val.unknown("the format " + abbreviate(s));
      }
      i = j;
    }
    return new Val(out, u, null);
  }

  /** The values of a string array or list expression, or null when it is not one Godwit can know. */
  List<Val> elements(Expression x, FlywayJavaCalls.Unit u, Frame f, int depth) {
    if (depth > 24) {
      return null;
    }
    if (x instanceof ArrayInitializerExpr ai) {
      List<Val> out = new ArrayList<>();
      for (Expression e : ai.getValues()) {
        out.add(eval(e, u, f, depth + 1));
      }
      return out;
    }
    if (x instanceof ArrayCreationExpr ac && ac.getInitializer().isPresent()) {
      return elements(ac.getInitializer().get(), u, f, depth + 1);
    }
    if (x instanceof EnclosedExpr en) {
      return elements(en.getInner(), u, f, depth + 1);
    }
    if (x instanceof MethodCallExpr mc && LIST_FACTORIES.contains(mc.getNameAsString())
        && mc.getScope().map(s -> s.toString().matches("(java\\.util\\.)?(List|Arrays|Set|Stream|ImmutableList|Lists)"))
            .orElse(false)) {
      if (mc.getArguments().size() == 1 && !(mc.getArguments().get(0) instanceof StringLiteralExpr)
          && !(mc.getArguments().get(0) instanceof TextBlockLiteralExpr)) {
        List<Val> inner = elements(mc.getArguments().get(0), u, f, depth + 1);
        if (inner != null) {
          return inner;
        }
      }
      List<Val> out = new ArrayList<>();
      for (Expression e : mc.getArguments()) {
        out.add(eval(e, u, f, depth + 1));
      }
      return out;
    }
    if (x instanceof NameExpr ne) {
      Var v = f == null ? null : f.get(ne.getNameAsString());
      if (v == null) {
        v = field(u, ne.getNameAsString());
      }
      return v == null ? null : v.elements;
    }
    if (x instanceof FieldAccessExpr fa && (fa.getScope() instanceof ThisExpr
        || fa.getScope() instanceof NameExpr n && calls.isClass(u, n.getNameAsString()))) {
      Var v = field(u, fa.getNameAsString());
      return v == null ? null : v.elements;
    }
    if (x instanceof MethodCallExpr mc && mc.getNameAsString().equals("stream") && mc.getScope().isPresent()) {
      return elements(mc.getScope().get(), u, f, depth + 1);
    }
    return null;
  }

  /**
   * A field of the unit's class or of a base class, with its value when it is a constant: initialised and
   * never assigned in a method or constructor.
   */
  Var field(FlywayJavaCalls.Unit u, String name) {
    for (FlywayJavaCalls.Unit c = u; c != null; c = calls.superUnit(c)) {
      for (FieldDeclaration fd : c.type.getFields()) {
        for (VariableDeclarator v : fd.getVariables()) {
          if (v.getNameAsString().equals(name)) {
            FlywayJavaCalls.Unit owner = c;
            Var got = fieldVars.get(v);
            if (got == null) {
              got = new Var(v.getTypeAsString());
              fieldVars.put(v, got);
              if (v.getInitializer().isPresent() && !assigned(owner, name)) {
                got.value = eval(v.getInitializer().get(), owner, null, 1);
                got.elements = elements(v.getInitializer().get(), owner, null, 1);
              } else {
                got.value = Val.unknown("the field " + name);
              }
            }
            return got;
          }
        }
      }
    }
    return null;
  }

  /** A constant brought in by {@code import static pkg.Cls.NAME} (or {@code Cls.*}) from a class of the run. */
  private Var staticImport(FlywayJavaCalls.Unit u, String name) {
    for (var imp : u.cu.getImports()) {
      if (!imp.isStatic()) {
        continue;
      }
      String q = imp.getNameAsString();
      String cls = imp.isAsterisk() ? q : q.endsWith("." + name) ? q.substring(0, q.length() - name.length() - 1) : null;
      if (cls == null) {
        continue;
      }
      FlywayJavaCalls.Unit owner = calls.classUnit(cls.substring(cls.lastIndexOf('.') + 1));
      if (owner != null && owner != u) {
        Var v = field(owner, name);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** The class a name is statically imported from by name ({@code import static pkg.Cls.NAME}), or null. */
  private static String importedFrom(FlywayJavaCalls.Unit u, String name) {
    for (var imp : u.cu.getImports()) {
      String q = imp.getNameAsString();
      if (imp.isStatic() && !imp.isAsterisk() && q.endsWith("." + name)) {
        String cls = q.substring(0, q.length() - name.length() - 1);
        return cls.substring(cls.lastIndexOf('.') + 1);
      }
    }
    return null;
  }

  private static boolean assigned(FlywayJavaCalls.Unit u, String name) {
    for (AssignExpr a : u.type.findAll(AssignExpr.class)) {
      Expression t = a.getTarget();
      if (t instanceof NameExpr n && n.getNameAsString().equals(name)
          || t instanceof FieldAccessExpr fa && fa.getNameAsString().equals(name)) {
        if (!inLocalScopeOf(a, name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the name assigned is a local variable of the enclosing method, not the field. */
  private static boolean inLocalScopeOf(AssignExpr a, String name) {
    if (a.getTarget() instanceof FieldAccessExpr) {
      return false;
    }
    Node n = a;
    while (n != null && !(n instanceof MethodDeclaration)) {
      n = n.getParentNode().orElse(null);
    }
    if (n == null) {
      return false;
    }
    return n.findAll(VariableDeclarator.class).stream().anyMatch(v -> v.getNameAsString().equals(name))
        || ((MethodDeclaration) n).getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
  }
}
