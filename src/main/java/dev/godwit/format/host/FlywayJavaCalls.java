package dev.godwit.format.host;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.godwit.format.host.JavaValues.Frame;
import dev.godwit.format.host.JavaValues.Val;
import dev.godwit.format.host.JavaValues.Var;
import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Runs a Flyway Java migration in the mind: walks {@code migrate(Context)} statement by statement, into
 * the methods of the class (and of its base classes) that it calls, in call order, and collects the SQL
 * handed to the database in that order. Receivers are known by their declared type (a local, field or
 * parameter, {@code var} by its initializer, {@code context.getConnection()}, {@code createStatement()},
 * {@code new JdbcTemplate(...)}, jOOQ's {@code using(...)}); a receiver of unknown type still counts when
 * its name says it is a statement, connection or template.
 */
final class FlywayJavaCalls extends JavaClasses {
  /** The SQL of a prepared statement, run at its first execution. */
  static final class Prepared {
    final Val sql;
    final MethodCallExpr at;
    final Unit unit;
    boolean run;

    Prepared(Val sql, MethodCallExpr at, Unit unit) {
      this.sql = sql;
      this.at = at;
      this.unit = unit;
    }
  }

  /** A SQL string added to a statement's batch, run at {@code executeBatch()}. */
  record Pending(Val sql, MethodCallExpr at, Unit unit) {}

  /**
   * One piece of SQL run, in execution order: its value (or why it is unknown) and the call that runs it;
   * {@code synthetic} when Godwit wrote the SQL for a jOOQ builder chain.
   */
  record Run(Val sql, MethodCallExpr at, Unit unit, Expression arg, boolean synthetic) {
    Run(Val sql, MethodCallExpr at, Unit unit, Expression arg) {
      this(sql, at, unit, arg, false);
    }
  }


  private static final Set<String> EXECUTE = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeQuery");
  private static final Set<String> TEMPLATE_SQL = Set.of("execute", "update", "batchUpdate", "query", "queryForList",
      "queryForObject", "queryForMap", "queryForRowSet", "queryForStream", "queryForLong", "queryForInt", "sql");
  private static final Set<String> DSL_SQL = Set.of("execute", "query", "fetch", "fetchOne", "fetchSingle",
      "fetchOptional", "fetchValue", "fetchMany", "fetchLazy", "resultQuery");
  private static final Set<String> OLD_SQL = Set.of("execute", "executeUpdate", "executeLargeUpdate",
      "executeQuery", "addBatch", "prepareStatement", "prepareCall", "update", "queryForList", "queryForObject",
      "queryForMap", "query", "batchUpdate");
  /** Receivers of unknown type that are JDBC statements, connections or Spring templates, by the usual names. */
  private static final Pattern DB_NAME = Pattern.compile(
      "(?i)(.*\\.)?(\\w*(stmt|statement|conn|connection|jdbc|template|ps|st|db|session))");
  /** Calls that run SQL script files Godwit does not read. */
  private static final Pattern SCRIPT_RUNNERS = Pattern.compile(
      "populate|executeSqlScript|runScript|execute");
  private static final int MAX_STEPS = 200_000;

  /** True when Flyway runs the migration outside a transaction ({@code canExecuteInTransaction()} is false). */
  boolean autocommit;
  /** The SQL run, in execution order. */
  final List<Run> runs = new ArrayList<>();
  /** What the walk met that hands SQL to something Godwit does not read, first seen first. */
  final Set<String> unfollowed = new java.util.LinkedHashSet<>();
  private final Set<Node> walked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Prepared> prepared = new ArrayList<>();
  private final List<Var> batches = new ArrayList<>();
  private final Set<MethodDeclaration> stack = new HashSet<>();
  private int steps;

  FlywayJavaCalls(Unit main, Function<String, Unit> classes) {
    super(main, classes);
  }

  // ---- the walk --------------------------------------------------------------------------------

  /** Walks {@code migrate(Context)} and then, in source order, the methods of the class it never reached. */
  void run() {
    MethodDeclaration migrate = method(main, "migrate", 1, false);
    if (migrate != null) {
      invoke(migrate, unitOf(migrate, main), List.of(), null, null, 0);
    }
    flush();
    // methods reached some other way (callbacks, anonymous classes): their SQL still runs, probably
    for (MethodDeclaration md : main.cu.findAll(MethodDeclaration.class)) {
      if (!walked.contains(md) && md.getBody().isPresent() && !md.getNameAsString().equals("canExecuteInTransaction")) {
        invoke(md, main, List.of(), null, null, 0);
        flush();
      }
    }
    for (ConstructorDeclaration cd : main.cu.findAll(ConstructorDeclaration.class)) {
      if (!walked.contains(cd)) {
        walked.add(cd);
        Frame f = new Frame(null);
        declareParams(cd.getParameters(), List.of(), null, null, f);
        walkStmt(cd.getBody(), main, f, 0);
        flush();
      }
    }
  }

  private void flush() {
    for (Var v : batches) {
      for (Pending p : v.batch) {
        runs.add(new Run(p.sql(), p.at(), p.unit(), null));
      }
      v.batch.clear();
    }
    batches.clear();
    for (Prepared p : prepared) {
      if (!p.run) {
        p.run = true;
        runs.add(new Run(p.sql, p.at, p.unit, null));
      }
    }
    prepared.clear();
  }

  private void invoke(MethodDeclaration md, Unit u, List<Expression> args, Unit callerUnit, Frame caller, int depth) {
    if (md.getBody().isEmpty() || depth > 12 || !stack.add(md)) {
      return;
    }
    walked.add(md);
    try {
      Frame f = new Frame(null);
      declareParams(md.getParameters(), args, callerUnit, caller, f);
      walkStmt(md.getBody().get(), u, f, depth);
    } finally {
      stack.remove(md);
    }
  }

  private void declareParams(NodeList<Parameter> params, List<Expression> args, Unit callerUnit, Frame caller, Frame f) {
    for (int i = 0; i < params.size(); i++) {
      Parameter p = params.get(i);
      Var v = new Var(p.getTypeAsString());
      if (i < args.size() && callerUnit != null) {
        Expression a = args.get(i);
        v.value = values.eval(a, callerUnit, caller, 0);
        v.elements = values.elements(a, callerUnit, caller, 0);
        v.prepared = preparedOf(a, callerUnit, caller);
        String t = typeOf(a, callerUnit, caller);
        if (t != null && (v.type.equals("var") || v.type.equals("Object"))) {
          v.type = t;
        }
      } else {
        v.value = Val.unknown("the parameter " + p.getNameAsString());
      }
      f.vars.put(p.getNameAsString(), v);
    }
  }

  private void walkStmt(Statement s, Unit u, Frame f, int depth) {
    if (++steps > MAX_STEPS) {
      return;
    }
    if (s instanceof BlockStmt b) {
      for (Statement inner : b.getStatements()) {
        walkStmt(inner, u, f, depth);
      }
    } else if (s instanceof ExpressionStmt es) {
      walkExpr(es.getExpression(), u, f, depth);
    } else if (s instanceof ForEachStmt fe) {
      walkExpr(fe.getIterable(), u, f, depth);
      List<Val> elems = values.elements(fe.getIterable(), u, f, 0);
      String name = fe.getVariable().getVariables().get(0).getNameAsString();
      String type = fe.getVariable().getElementType().asString();
      if (elems == null || elems.isEmpty()) {
        Var v = new Var(type);
        v.value = Val.unknown("the loop variable " + name);
        Frame inner = new Frame(f);
        inner.vars.put(name, v);
        walkStmt(fe.getBody(), u, inner, depth);
      } else {
        for (Val e : elems) {
          Var v = new Var(type);
          v.value = e;
          Frame inner = new Frame(f);
          inner.vars.put(name, v);
          walkStmt(fe.getBody(), u, inner, depth);
        }
      }
    } else if (s instanceof TryStmt ts) {
      for (Expression r : ts.getResources()) {
        walkExpr(r, u, f, depth);
      }
      walkStmt(ts.getTryBlock(), u, f, depth);
      ts.getFinallyBlock().ifPresent(b -> walkStmt(b, u, f, depth));
      for (CatchClause c : ts.getCatchClauses()) {
        walked.add(c); // error handling: not what the migration does when it succeeds
      }
    } else if (s instanceof ReturnStmt rs) {
      rs.getExpression().ifPresent(e -> walkExpr(e, u, f, depth));
    } else {
      // if, for, while, do, switch, synchronized, labeled: conditions and bodies in source order, once
      for (Node child : s.getChildNodes()) {
        if (child instanceof Statement inner) {
          walkStmt(inner, u, f, depth);
        } else if (child instanceof Expression e) {
          walkExpr(e, u, f, depth);
        } else {
          for (Node g : child.getChildNodes()) {
            if (g instanceof Statement inner) {
              walkStmt(inner, u, f, depth);
            } else if (g instanceof Expression e) {
              walkExpr(e, u, f, depth);
            }
          }
        }
      }
    }
  }

  private void walkExpr(Expression x, Unit u, Frame f, int depth) {
    if (++steps > MAX_STEPS) {
      return;
    }
    if (x instanceof VariableDeclarationExpr vd) {
      for (VariableDeclarator d : vd.getVariables()) {
        d.getInitializer().ifPresent(init -> walkExpr(init, u, f, depth));
        Var v = new Var(d.getTypeAsString());
        if (d.getInitializer().isPresent()) {
          assign(v, d.getInitializer().get(), u, f);
        } else {
          v.value = Val.unknown("the variable " + d.getNameAsString());
        }
        f.vars.put(d.getNameAsString(), v);
      }
      return;
    }
    if (x instanceof AssignExpr a) {
      walkExpr(a.getValue(), u, f, depth);
      Var v = local(a.getTarget(), f);
      if (v != null) {
        if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
          assign(v, a.getValue(), u, f);
        } else if (a.getOperator() == AssignExpr.Operator.PLUS) {
          v.value = JavaValues.concat(v.value, values.eval(a.getValue(), u, f, 0));
        }
      }
      return;
    }
    if (x instanceof LambdaExpr || x instanceof MethodReferenceExpr) {
      return; // run when the method it is handed to calls it (see call)
    }
    if (x instanceof ObjectCreationExpr oc) {
      oc.getScope().ifPresent(s -> walkExpr(s, u, f, depth));
      for (Expression a : oc.getArguments()) {
        walkExpr(a, u, f, depth);
      }
      return; // an anonymous class body runs when called: it is read with the methods never reached
    }
    if (x instanceof MethodCallExpr mc) {
      List<MethodCallExpr> chain = mc.getNameAsString().equals("execute") && mc.getArguments().isEmpty()
          ? jooqChain(mc, u, f) : null;
      if (chain != null) {
        walked.add(mc);
        runs.add(new Run(JooqDsl.render(chain, mc, u, f, values), mc, u, null, true));
        return;
      }
      mc.getScope().ifPresent(s -> walkExpr(s, u, f, depth));
      for (Expression a : mc.getArguments()) {
        walkExpr(a, u, f, depth);
      }
      call(mc, u, f, depth);
      return;
    }
    for (Node child : x.getChildNodes()) {
      if (child instanceof Expression e) {
        walkExpr(e, u, f, depth);
      }
    }
  }

  private void assign(Var v, Expression init, Unit u, Frame f) {
    v.value = values.eval(init, u, f, 0);
    v.elements = values.elements(init, u, f, 0);
    v.prepared = preparedOf(init, u, f);
    if (v.type.equals("var")) {
      String t = typeOf(init, u, f);
      v.type = t == null ? "var" : t;
    }
  }

  /** The jOOQ calls of a builder chain ending in {@code execute()}, from the first after the DSLContext; or null. */
  List<MethodCallExpr> jooqChain(MethodCallExpr terminal, Unit u, Frame f) {
    List<MethodCallExpr> chain = new ArrayList<>();
    Expression e = terminal;
    while (e instanceof MethodCallExpr mc) {
      chain.add(0, mc);
      if (mc.getScope().isEmpty() || isUsing(mc)) {
        break;
      }
      e = mc.getScope().get();
      if (!(e instanceof MethodCallExpr)) {
        if (kind(e, u, f) != Kind.DSL) {
          return null;
        }
        break;
      }
    }
    MethodCallExpr first = chain.get(0);
    if (isUsing(first)) {
      chain.remove(0);
    } else if (first.getScope().isEmpty() || kind(first.getScope().get(), u, f) != Kind.DSL) {
      return null;
    }
    return chain.size() >= 2 ? chain : null;
  }

  private void call(MethodCallExpr mc, Unit u, Frame f, int depth) {
    walked.add(mc);
    String m = mc.getNameAsString();
    var args = mc.getArguments();
    Expression scope = mc.getScope().orElse(null);
    // a method of this class or a base class, followed in call order
    if (scope == null || scope instanceof ThisExpr || scope instanceof SuperExpr
        || scope instanceof NameExpr n && isClass(u, n.getNameAsString())) {
      Unit self = scope instanceof SuperExpr ? u : dispatch(u);
      List<String> argTypes = new ArrayList<>();
      for (Expression a : args) {
        argTypes.add(typeOf(a, u, f));
      }
      MethodDeclaration md = method(self, m, argTypes, scope instanceof SuperExpr);
      if (md != null) {
        invoke(md, unitOf(md, self), args, u, f, depth + 1);
        return;
      }
    }
    Kind k = scope == null ? Kind.NONE : kind(scope, u, f);
    boolean handled = false;
    switch (k) {
      case STATEMENT -> {
        if (EXECUTE.contains(m) && !args.isEmpty()) {
          sql(args.get(0), mc, u, f);
        } else if (EXECUTE.contains(m) || m.equals("executeBatch") || m.equals("executeLargeBatch")) {
          Prepared p = preparedOf(scope, u, f);
          if (p != null && !p.run) {
            p.run = true;
            runs.add(new Run(p.sql, p.at, p.unit, null));
          }
          Var v = local(scope, f);
          if (v != null) {
            for (Pending pending : v.batch) {
              runs.add(new Run(pending.sql(), pending.at(), pending.unit(), null));
            }
            v.batch.clear();
          }
        } else if (m.equals("addBatch") && !args.isEmpty()) {
          Val val = values.eval(args.get(0), u, f, 0);
          Var v = local(scope, f);
          if (v != null) {
            v.batch.add(new Pending(val, mc, u));
            batches.add(v);
          } else {
            runs.add(new Run(val, mc, u, args.get(0)));
          }
        }
        handled = true;
      }
      case CONNECTION -> handled = m.equals("prepareStatement") || m.equals("prepareCall")
          || m.equals("createStatement") || m.equals("nativeSQL");
      case TEMPLATE -> {
        if (!args.isEmpty() && isCallback(args.get(0))) {
          lambdas(mc, u, f, depth); // execute(ConnectionCallback): its body runs now, with the connection
          handled = true;
        } else if (TEMPLATE_SQL.contains(m) && !args.isEmpty()) {
          if (m.equals("batchUpdate")) {
            boolean any = false;
            for (Expression a : args) {
              Val v = values.eval(a, u, f, 0);
              if (v.known() || !any) {
                runs.add(new Run(v, mc, u, a));
                any = true;
              }
              if (!v.known()) {
                break;
              }
            }
          } else {
            sql(args.get(0), mc, u, f);
          }
          handled = true;
        }
      }
      case DSL -> {
        if (DSL_SQL.contains(m) && !args.isEmpty()) {
          sql(args.get(0), mc, u, f);
          handled = true;
        }
      }
      case NONE -> {
        if (scope != null && OLD_SQL.contains(m) && !args.isEmpty() && typeOf(scope, u, f) == null
            && DB_NAME.matcher(scope.toString()).matches()) {
          if (m.equals("prepareStatement") || m.equals("prepareCall")) {
            prepared.add(new Prepared(values.eval(args.get(0), u, f, 0), mc, u));
          } else {
            sql(args.get(0), mc, u, f);
          }
          handled = true;
        }
      }
      default -> { }
    }
    if (!handled) {
      lambdas(mc, u, f, depth);
      notice(mc, u, f);
    }
  }

  /** Lambdas and method references handed to a call run now: a jOOQ transaction, a forEach. */
  private void lambdas(MethodCallExpr mc, Unit u, Frame f, int depth) {
    List<Val> elems = mc.getNameAsString().equals("forEach") && mc.getScope().isPresent()
        ? values.elements(mc.getScope().get(), u, f, 0) : null;
    for (Expression arg : mc.getArguments()) {
      String castTo = arg instanceof CastExpr ce ? callbackParam(ce.getType().asString()) : null;
      Expression a = arg instanceof CastExpr ce ? ce.getExpression() : arg;
      if (a instanceof LambdaExpr le) {
        List<Val> each = elems == null || le.getParameters().size() != 1 ? java.util.Collections.singletonList(null) : elems;
        for (Val e : each) {
          Frame inner = new Frame(f);
          for (Parameter p : le.getParameters()) {
            Var v = new Var(!p.getType().isUnknownType() ? p.getTypeAsString() : castTo != null ? castTo
                : guessLambdaType(mc));
            v.value = e != null ? e : Val.unknown("the lambda parameter " + p.getNameAsString());
            inner.vars.put(p.getNameAsString(), v);
          }
          boolean tx = autocommit && guessLambdaType(mc).equals("Configuration");
          if (tx) { // outside Flyway's transaction, jOOQ's transaction() opens one of its own
            runs.add(new Run(keyword("BEGIN", mc, u), mc, u, null, true));
          }
          walkStmt(le.getBody(), u, inner, depth);
          if (tx) {
            runs.add(new Run(keyword("COMMIT", mc, u), mc, u, null, true));
          }
        }
      } else if (a instanceof MethodReferenceExpr mr && elems != null && EXECUTE.contains(mr.getIdentifier())
          && kind(mr.getScope(), u, f) != Kind.NONE) {
        for (Val e : elems) {
          runs.add(new Run(e, mc, u, null));
        }
      }
    }
  }

  private static Val keyword(String sql, MethodCallExpr at, Unit u) {
    Span s = u.span(at.getName());
    SqlText t = new SqlText();
    for (int i = 0; i < sql.length(); i++) {
      t.append(sql.charAt(i), s.start() + Math.min(i, s.length() - 1));
    }
    return new Val(t, u, null);
  }

  /** The parameter type of a Spring JDBC callback, from the callback's type: ConnectionCallback gets a Connection. */
  private static String callbackParam(String type) {
    String t = type.replaceAll("<.*", "");
    return t.endsWith("ConnectionCallback") ? "Connection" : t.endsWith("PreparedStatementCallback")
        ? "PreparedStatement" : t.endsWith("StatementCallback") ? "Statement" : null;
  }

  /** A lambda, or an anonymous class, handed to a call: code that runs, not SQL text. */
  private static boolean isCallback(Expression x) {
    Expression e = x instanceof CastExpr ce ? ce.getExpression() : x;
    return e instanceof LambdaExpr || e instanceof MethodReferenceExpr
        || e instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isPresent();
  }

  private static String guessLambdaType(MethodCallExpr mc) {
    return switch (mc.getNameAsString()) {
      case "transaction", "transactionResult", "transactionAsync" -> "Configuration";
      case "doInConnection", "execute" -> "Connection";
      default -> "var";
    };
  }

  /** Remembers calls that run SQL Godwit does not read, to say so when the class yields no statement. */
  private void notice(MethodCallExpr mc, Unit u, Frame f) {
    String m = mc.getNameAsString();
    String scopeType = mc.getScope().map(s -> typeOf(s, u, f)).orElse(null);
    if (scopeType != null && scopeType.matches("ResourceDatabasePopulator|ScriptUtils|ScriptRunner|DatabasePopulatorUtils")
        && SCRIPT_RUNNERS.matcher(m).matches()
        || mc.getScope().map(s -> s.toString().matches("ScriptUtils|DatabasePopulatorUtils")).orElse(false)) {
      String why = "it runs SQL script files through " + JavaValues.abbreviate(mc.toString())
          + ", which Godwit does not read";
      unfollowed.add(why);
      runs.add(new Run(Val.unknown(why.replaceFirst("^it ", "")), mc, u, null, true));
      return;
    }
    for (Expression a : mc.getArguments()) {
      Kind k = kind(a, u, f);
      if (k != Kind.NONE || "Context".equals(typeOf(a, u, f))) {
        unfollowed.add("it hands the database connection to " + JavaValues.abbreviate(mc.toString())
            + ", which Godwit does not follow");
        return;
      }
    }
  }

  private void sql(Expression arg, MethodCallExpr at, Unit u, Frame f) {
    runs.add(new Run(values.eval(arg, u, f, 0), at, u, arg));
  }

  private Prepared preparedOf(Expression x, Unit u, Frame f) {
    if (x instanceof EnclosedExpr e) {
      return preparedOf(e.getInner(), u, f);
    }
    if (x instanceof CastExpr c) {
      return preparedOf(c.getExpression(), u, f);
    }
    if (x instanceof MethodCallExpr mc && (mc.getNameAsString().equals("prepareStatement")
        || mc.getNameAsString().equals("prepareCall")) && !mc.getArguments().isEmpty()) {
      for (Prepared p : prepared) {
        if (p.at == mc) {
          return p;
        }
      }
      Prepared p = new Prepared(values.eval(mc.getArguments().get(0), u, f, 0), mc, u);
      prepared.add(p);
      walked.add(mc);
      return p;
    }
    Var v = local(x, f);
    if (v != null) {
      return v.prepared;
    }
    return null;
  }

  /** The local variable a name denotes, or null. */
  private static Var local(Expression x, Frame f) {
    return x instanceof NameExpr n && f != null ? f.get(n.getNameAsString()) : null;
  }

}
