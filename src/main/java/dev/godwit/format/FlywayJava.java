package dev.godwit.format;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
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
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.LineIndex;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flyway Java migrations: {@code V<ver>__<desc>.java} (or {@code U...}) classes that implement
 * {@code JavaMigration} or extend {@code BaseJavaMigration}. The class is parsed with JavaParser, never
 * compiled or run. The SQL handed to JDBC ({@code Statement.execute/executeUpdate/addBatch},
 * {@code Connection.prepareStatement/prepareCall}) and to Spring's {@code JdbcTemplate}
 * ({@code execute/update/batchUpdate}) is taken from string literals, text blocks, concatenations and
 * constants ({@code final} fields and local variables of the class), with each character mapped back to
 * the {@code .java} file. SQL built from anything else is a {@link dev.godwit.model.Node.DynamicSql}
 * statement on the call. {@code canExecuteInTransaction()} returning false means no transaction.
 */
final class FlywayJava {
  static final Format FORMAT = Format.FLYWAY_JAVA;
  static final Pattern NAME = Pattern.compile("^([VUR])(\\d[0-9._]*)?__(.*)\\.java$");
  private static final Set<String> FIRST_ARG_SQL = Set.of("execute", "executeUpdate", "executeLargeUpdate",
      "executeQuery", "addBatch", "prepareStatement", "prepareCall", "update", "queryForList", "queryForObject",
      "queryForMap", "query");
  /** Receivers that are JDBC statements, connections or Spring templates, by the usual names. */
  private static final Pattern DB_SCOPE = Pattern.compile(
      "(?i)(.*\\.)?(\\w*(stmt|statement|conn|connection|jdbc|template|ps|st|db|session))"
          + "|.*(getConnection|createStatement|prepareStatement|getJdbcTemplate|getNamedParameterJdbcTemplate)\\(.*");

  private FlywayJava() {}

  static boolean detect(Entry e) {
    return NAME.matcher(e.name()).matches()
        && (e.text().contains("JavaMigration") || e.text().contains("BaseJavaMigration"));
  }

  /** The class's SQL as one script; never throws (a reader failure is one unparsed statement). */
  static List<Script> read(Entry e, Direction dir) {
    try {
      return readOrThrow(e, dir);
    } catch (RuntimeException | StackOverflowError ex) {
      SourceFile file = e.file();
      Statement st = new Statement(new Span(0, Math.min(1, file.text().length())), "", OffsetMap.shift(0),
          new dev.godwit.model.Node.Unparsed("Godwit could not read this Java migration: " + ex, null),
          Statement.Origin.UNPARSED, 0);
      return List.of(new Script(file, dir, ScriptBuilder.whole(file), List.of(st), List.of(), TxMode.WRAPPED,
          "Flyway runs each Java migration in a transaction"));
    }
  }

  private static List<Script> readOrThrow(Entry e, Direction dir) {
    SourceFile file = e.file();
    String src = file.text();
    ParserConfiguration cfg = new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
        .setTabSize(1);
    ParseResult<CompilationUnit> result = new JavaParser(cfg).parse(src);
    String name = e.name().substring(0, e.name().length() - ".java".length());
    if (result.getResult().isEmpty() || !result.isSuccessful()) {
      String why = result.getProblems().isEmpty() ? "syntax error" : result.getProblems().get(0).getVerboseMessage();
      Statement st = new Statement(new Span(0, Math.min(1, src.length())), "", OffsetMap.shift(0),
          new dev.godwit.model.Node.Unparsed("Java syntax error: " + why.lines().findFirst().orElse(why), null),
          Statement.Origin.UNPARSED, 0);
      return List.of(new Script(file, dir, ScriptBuilder.whole(file), List.of(st), List.of(), TxMode.WRAPPED,
          "Flyway runs each Java migration in a transaction"));
    }
    CompilationUnit cu = result.getResult().get();
    LineIndex lines = file.lines();
    Reader r = new Reader(src, lines);
    // constants: final fields and local variables with an initializer
    for (VariableDeclarator v : cu.findAll(VariableDeclarator.class)) {
      boolean isFinalField = v.getParentNode().orElse(null) instanceof FieldDeclaration fd && fd.isFinal();
      if (v.getInitializer().isPresent() && (isFinalField || !(v.getParentNode().orElse(null) instanceof FieldDeclaration))) {
        r.constants.putIfAbsent(v.getNameAsString(), v.getInitializer().get());
      }
    }
    boolean noTx = false;
    for (MethodDeclaration m : cu.findAll(MethodDeclaration.class)) {
      if (m.getNameAsString().equals("canExecuteInTransaction") && m.getParameters().isEmpty()) {
        for (ReturnStmt ret : m.findAll(ReturnStmt.class)) {
          if (ret.getExpression().orElse(null) instanceof BooleanLiteralExpr b && !b.getValue()) {
            noTx = true;
          }
        }
      }
    }
    List<Statement> statements = new ArrayList<>();
    List<dev.godwit.model.Comment> comments = new ArrayList<>();
    for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
      String method = call.getNameAsString();
      if (!FIRST_ARG_SQL.contains(method) && !method.equals("batchUpdate")) {
        continue;
      }
      if (call.getArguments().isEmpty() || !looksLikeDb(call)) {
        continue;
      }
      List<Expression> sqlArgs = new ArrayList<>();
      if (method.equals("batchUpdate")) {
        for (Expression a : call.getArguments()) {
          if (r.eval(a, 0) != null || sqlArgs.isEmpty()) {
            sqlArgs.add(a);
          }
        }
      } else {
        sqlArgs.add(call.getArgument(0));
      }
      for (Expression a : sqlArgs) {
        r.unknown = null;
        SqlText sql = r.eval(a, 0);
        if (sql == null) {
          if (a instanceof NameExpr || a instanceof MethodCallExpr || a instanceof BinaryExpr || a instanceof FieldAccessExpr) {
            Span span = r.span(call);
            String why = r.unknown == null ? "its SQL is computed at run time"
                : "its SQL depends on " + r.unknown + ", which Godwit cannot know";
            statements.add(new Statement(span, "", OffsetMap.clamp(span),
                new dev.godwit.model.Node.DynamicSql(abbreviate(call.toString()), why), Statement.Origin.RECOGNIZER, 0));
          }
          continue;
        }
        var parsed = ScriptBuilder.parseText(sql.toString(), sql.map());
        statements.addAll(parsed.statements());
        comments.addAll(parsed.comments());
      }
    }
    for (Comment c : cu.getAllContainedComments()) {
      if (c.getRange().isPresent()) {
        comments.add(new dev.godwit.model.Comment(r.span(c), c.getContent().strip()));
      }
    }
    statements.sort((a, b) -> a.span().compareTo(b.span()));
    comments.sort((a, b) -> a.span().compareTo(b.span()));
    String reason = noTx ? name + ".canExecuteInTransaction() returns false"
        : "Flyway runs Java migration " + name + " in a transaction (canExecuteInTransaction() is true)";
    return List.of(new Script(file, dir, ScriptBuilder.whole(file), ScriptBuilder.renumber(statements), comments,
        noTx ? TxMode.AUTOCOMMIT : TxMode.WRAPPED, reason));
  }

  private static boolean looksLikeDb(MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return true; // inherited helper, e.g. a JdbcTemplate subclass or a static import
    }
    return DB_SCOPE.matcher(call.getScope().get().toString()).matches();
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }

  /** Evaluates string expressions of the class to SQL text with host offsets. */
  private static final class Reader {
    final String src;
    final LineIndex lines;
    final Map<String, Expression> constants = new HashMap<>();
    String unknown;

    Reader(String src, LineIndex lines) {
      this.src = src;
      this.lines = lines;
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

    /** The SQL an expression denotes, or null when it cannot be known (then {@link #unknown} says why). */
    SqlText eval(Expression x, int depth) {
      if (depth > 20) {
        return null;
      }
      if (x instanceof TextBlockLiteralExpr tb) {
        return SqlText.javaTextBlock(src, span(tb).start());
      }
      if (x instanceof StringLiteralExpr sl) {
        return SqlText.javaString(src, span(sl).start());
      }
      if (x instanceof EnclosedExpr en) {
        return eval(en.getInner(), depth + 1);
      }
      if (x instanceof IntegerLiteralExpr || x instanceof LongLiteralExpr || x instanceof CharLiteralExpr
          || x instanceof BooleanLiteralExpr) {
        SqlText t = new SqlText();
        Span s = span(x);
        String v = x instanceof CharLiteralExpr c ? c.asChar() + "" : x.toString().replaceAll("[lL]$", "");
        for (int i = 0; i < v.length(); i++) {
          t.append(v.charAt(i), Math.min(s.start() + i, s.end() - 1));
        }
        return t;
      }
      if (x instanceof BinaryExpr be && be.getOperator() == BinaryExpr.Operator.PLUS) {
        SqlText a = eval(be.getLeft(), depth + 1);
        if (a == null) {
          return null;
        }
        SqlText b = eval(be.getRight(), depth + 1);
        if (b == null) {
          return null;
        }
        SqlText out = new SqlText();
        out.append(a);
        out.append(b);
        return out;
      }
      if (x instanceof NameExpr ne) {
        Expression init = constants.get(ne.getNameAsString());
        if (init != null) {
          SqlText v = eval(init, depth + 1);
          if (v != null) {
            return v;
          }
        }
        unknown = unknown == null ? "the variable " + ne.getNameAsString() : unknown;
        return null;
      }
      if (x instanceof FieldAccessExpr fa) {
        Expression init = constants.get(fa.getNameAsString());
        if (init != null) {
          return eval(init, depth + 1);
        }
        unknown = unknown == null ? "the field " + fa : unknown;
        return null;
      }
      if (x instanceof MethodCallExpr mc) {
        unknown = unknown == null ? "the call " + abbreviate(mc.toString()) : unknown;
        return null;
      }
      unknown = unknown == null ? "the expression " + abbreviate(x.toString()) : unknown;
      return null;
    }
  }
}
