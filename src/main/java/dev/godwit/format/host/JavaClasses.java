package dev.godwit.format.host;

import dev.godwit.format.Entry;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.godwit.format.host.JavaValues.Frame;
import dev.godwit.format.host.JavaValues.Var;
import dev.godwit.model.LineIndex;
import dev.godwit.model.Span;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The classes of a Flyway Java migration as Godwit sees them without compiling: the migration class and
 * its base classes among the run's sources, method lookup along that chain (overloads chosen by the
 * argument types that are known), and the declared type of an expression by simple name (locals,
 * fields, parameters, {@code var} by its initializer, well-known JDBC, Spring and jOOQ calls).
 */
abstract class JavaClasses {
  /** A parsed class of the run: its file and its top-level type. */
  static final class Unit {
    final Entry entry;
    final String src;
    final LineIndex lines;
    final CompilationUnit cu;
    final TypeDeclaration<?> type;

    Unit(Entry entry, CompilationUnit cu, TypeDeclaration<?> type) {
      this.entry = entry;
      this.src = entry.text();
      this.lines = entry.file().lines();
      this.cu = cu;
      this.type = type;
    }

    String superName() {
      if (type instanceof ClassOrInterfaceDeclaration c && !c.getExtendedTypes().isEmpty()) {
        return c.getExtendedTypes().get(0).getNameAsString();
      }
      return null;
    }

    int offset(Position p) {
      return Math.min(src.length(), lines.offset(p.line, p.column));
    }

    Span span(Node n) {
      var range = n.getRange().orElseThrow();
      int s = offset(range.begin);
      int e = Math.min(src.length(), offset(range.end) + 1);
      return new Span(s, Math.max(s, e));
    }
  }


  enum Kind { STATEMENT, CONNECTION, TEMPLATE, DSL, NONE }

  private static final Set<String> STATEMENT_TYPES = Set.of("Statement", "PreparedStatement", "CallableStatement");
  private static final Set<String> TEMPLATE_TYPES = Set.of("JdbcTemplate", "NamedParameterJdbcTemplate",
      "JdbcOperations", "NamedParameterJdbcOperations", "SimpleJdbcTemplate", "JdbcClient");

  final Unit main;
  private final Function<String, Unit> classes;
  final JavaValues values = new JavaValues(this);

  JavaClasses(Unit main, Function<String, Unit> classes) {
    this.main = main;
    this.classes = classes;
  }

  // ---- the class hierarchy ---------------------------------------------------------------------

  Unit superUnit(Unit u) {
    String s = u.superName();
    if (s == null) {
      return null;
    }
    Unit sup = classes.apply(s);
    return sup == u ? null : sup;
  }

  /** Any class of the run by its simple name, or null. */
  Unit classUnit(String name) {
    return classes.apply(name);
  }

  boolean isClass(Unit u, String name) {
    for (Unit c = u; c != null; c = superUnit(c)) {
      if (c.type.getNameAsString().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Where a call on {@code this} is dispatched from: the migration class, when the code is one of its bases'. */
  Unit dispatch(Unit u) {
    int guard = 0;
    for (Unit c = main; c != null && guard++ < 20; c = superUnit(c)) {
      if (c == u) {
        return main;
      }
    }
    return u;
  }

  /** The method of that name and arity in the unit's class, or (first) the nearest base class that has one. */
  MethodDeclaration method(Unit u, String name, int arity, boolean fromSuper) {
    return method(u, name, java.util.Collections.nCopies(arity, null), fromSuper);
  }

  /**
   * The same, choosing among overloads of that arity the one whose parameter types match the argument
   * types that are known ({@code migrate(Context)} against {@code migrate(Connection)}).
   */
  MethodDeclaration method(Unit u, String name, List<String> argTypes, boolean fromSuper) {
    int guard = 0;
    int arity = argTypes.size();
    MethodDeclaration loose = null;
    for (Unit c = fromSuper ? superUnit(u) : u; c != null && guard++ < 20; c = superUnit(c)) {
      for (MethodDeclaration md : c.type.getMethodsByName(name)) {
        if (md.getParameters().size() == arity || md.getParameters().isNonEmpty()
            && md.getParameters().getLast().map(Parameter::isVarArgs).orElse(false)) {
          boolean matches = true;
          for (int i = 0; i < arity && i < md.getParameters().size(); i++) {
            String want = argTypes.get(i);
            String have = simple(md.getParameter(i).getTypeAsString());
            if (want != null && !want.equals(have) && !have.equals("Object")) {
              matches = false;
            }
          }
          if (matches) {
            return md;
          }
          loose = loose == null ? md : loose;
        }
      }
    }
    return loose;
  }

  Unit unitOf(Node n, Unit from) {
    CompilationUnit cu = n.findCompilationUnit().orElse(null);
    int guard = 0;
    for (Unit c = from; c != null && guard++ < 20; c = superUnit(c)) {
      if (c.cu == cu) {
        return c;
      }
    }
    return from;
  }

  static boolean isUsing(MethodCallExpr mc) {
    return (mc.getNameAsString().equals("using") || mc.getNameAsString().equals("dsl"))
        && mc.getScope().map(s -> s.toString().endsWith("DSL") || mc.getNameAsString().equals("dsl")).orElse(true);
  }

  // ---- types -----------------------------------------------------------------------------------

  Kind kind(Expression x, Unit u, Frame f) {
    String t = typeOf(x, u, f);
    if (t == null) {
      return Kind.NONE;
    }
    if (STATEMENT_TYPES.contains(t)) {
      return Kind.STATEMENT;
    }
    if (t.equals("Connection")) {
      return Kind.CONNECTION;
    }
    if (TEMPLATE_TYPES.contains(t)) {
      return Kind.TEMPLATE;
    }
    if (t.equals("DSLContext")) {
      return Kind.DSL;
    }
    return Kind.NONE;
  }

  /** The simple name of an expression's declared type, or null when Godwit cannot tell. */
  String typeOf(Expression x, Unit u, Frame f) {
    if (x instanceof EnclosedExpr e) {
      return typeOf(e.getInner(), u, f);
    }
    if (x instanceof CastExpr c) {
      return simple(c.getType().asString());
    }
    if (x instanceof ObjectCreationExpr oc) {
      return oc.getType().getNameAsString();
    }
    if (x instanceof NameExpr n) {
      Var v = f == null ? null : f.get(n.getNameAsString());
      if (v == null) {
        v = values.field(u, n.getNameAsString());
      }
      return v == null || v.type.equals("var") ? null : simple(v.type);
    }
    if (x instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr) {
      Var v = values.field(u, fa.getNameAsString());
      return v == null ? null : simple(v.type);
    }
    if (x instanceof MethodCallExpr mc) {
      return switch (mc.getNameAsString()) {
        case "getConnection", "unwrap" -> mc.getNameAsString().equals("unwrap") ? null : "Connection";
        case "createStatement" -> "Statement";
        case "prepareStatement" -> "PreparedStatement";
        case "prepareCall" -> "CallableStatement";
        case "getJdbcTemplate", "jdbcTemplate" -> "JdbcTemplate";
        case "getNamedParameterJdbcTemplate" -> "NamedParameterJdbcTemplate";
        case "using", "dsl" -> isUsing(mc) ? "DSLContext" : null;
        default -> ownReturnType(mc, u);
      };
    }
    return null;
  }

  private String ownReturnType(MethodCallExpr mc, Unit u) {
    if (mc.getScope().isEmpty() || mc.getScope().get() instanceof ThisExpr) {
      MethodDeclaration md = method(u, mc.getNameAsString(), mc.getArguments().size(), false);
      return md == null ? null : simple(md.getType().asString());
    }
    return null;
  }

  private static String simple(String type) {
    String t = type.replaceAll("<.*", "").strip();
    int dot = t.lastIndexOf('.');
    return dot >= 0 ? t.substring(dot + 1) : t;
  }

}
