package dev.godwit.format.host;

import dev.godwit.format.Entry;
import dev.godwit.format.ScriptBuilder;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.LineIndex;
import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway Java migrations: {@code V<ver>__<desc>.java} (or {@code U...}) classes that implement
 * {@code JavaMigration} or extend {@code BaseJavaMigration} (or, before Flyway 6, implement
 * {@code JdbcMigration} / {@code SpringJdbcMigration}), directly or through a base class of the project.
 * Classes are parsed with JavaParser, never compiled or run; {@link FlywayJavaCalls} follows
 * {@code migrate(Context)} in execution order and {@link JooqDsl} writes the SQL of jOOQ builder chains.
 * SQL built from anything Godwit cannot know is a {@link Node.DynamicSql} statement on the call, and a
 * class that yields no statement at all carries one such note that says why.
 * {@code canExecuteInTransaction()} returning false means no transaction.
 */
public final class FlywayJava {
  public static final Format FORMAT = Format.FLYWAY_JAVA;
  public static final Pattern NAME = Pattern.compile("^([VUR])(\\d[0-9._]*)?__(.*)\\.java$");
  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

  private FlywayJava() {}

  /**
   * The Java sources of one run, indexed by class name, so that a migration class's base classes can be
   * found wherever they lie under the roots (two passes: every class's superclass, then each decision).
   */
  public static final class Sources {
    private record Header(Entry entry, String superName, boolean javaMigration, boolean isAbstract) {}

    private final Map<String, Header> headers = new HashMap<>();
    private final Set<String> extended = new HashSet<>();
    private final Map<Entry, FlywayJavaCalls.Unit> units = new HashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();

    static final Sources NONE = new Sources(List.of());

    /** Indexes the {@code .java} entries among {@code all}; other entries are ignored. */
    public static Sources of(List<Entry> all) {
      return new Sources(all);
    }

    private Sources(List<Entry> all) {
      for (Entry e : all) {
        if (!e.name().endsWith(".java")) {
          continue;
        }
        String cls = e.name().substring(0, e.name().length() - ".java".length());
        String text = COMMENTS.matcher(e.text()).replaceAll(" ");
        Matcher m = Pattern.compile("((?:\\b(?:public|abstract|final|static|sealed)\\s+)*)class\\s+"
            + Pattern.quote(cls) + "\\b([^{]*)\\{").matcher(text);
        if (!m.find()) {
          continue;
        }
        String head = m.group(2);
        Matcher ext = Pattern.compile("\\bextends\\s+([\\w.]+)").matcher(head);
        String sup = ext.find() ? ext.group(1).replaceAll(".*\\.", "") : null;
        boolean jm = head.matches("(?s).*\\bimplements\\b.*\\b(JavaMigration|JdbcMigration|SpringJdbcMigration)\\b.*");
        headers.putIfAbsent(cls, new Header(e, sup, jm, m.group(1).contains("abstract")));
        entries.putIfAbsent(cls, e);
        if (sup != null) {
          extended.add(sup);
        }
      }
    }

    /** True when the class extends BaseJavaMigration or implements JavaMigration, through any base class seen. */
    boolean isMigration(String cls) {
      Set<String> seen = new HashSet<>();
      for (String c = cls; c != null && seen.add(c); ) {
        if (c.equals("BaseJavaMigration")) {
          return true;
        }
        Header h = headers.get(c);
        if (h == null) {
          return false;
        }
        if (h.javaMigration()) {
          return true;
        }
        c = h.superName();
      }
      return false;
    }

    boolean known(String cls) {
      return headers.containsKey(cls);
    }

    /** Abstract, or extended by another class of the run: Flyway does not run it as a migration of its own. */
    boolean isBase(String cls) {
      Header h = headers.get(cls);
      return h != null && (h.isAbstract() || extended.contains(cls));
    }

    String superOf(String cls) {
      Header h = headers.get(cls);
      return h == null ? null : h.superName();
    }

    /** The parsed class of that name, or null when it is not among the sources or does not parse. */
    synchronized FlywayJavaCalls.Unit unit(String cls) {
      Entry e = entries.get(cls);
      return e == null ? null : unit(e, cls);
    }

    synchronized FlywayJavaCalls.Unit unit(Entry e, String cls) {
      if (units.containsKey(e)) {
        return units.get(e);
      }
      FlywayJavaCalls.Unit u = null;
      ParseResult<CompilationUnit> r = parse(e.text());
      if (r.isSuccessful() && r.getResult().isPresent()) {
        CompilationUnit cu = r.getResult().get();
        TypeDeclaration<?> type = cu.getTypes().stream().filter(t -> t.getNameAsString().equals(cls)).findFirst()
            .orElse(cu.getTypes().isEmpty() ? null : cu.getType(0));
        u = type == null ? null : new FlywayJavaCalls.Unit(e, cu, type);
      }
      units.put(e, u);
      return u;
    }
  }

  public static boolean detect(Entry e) {
    return detect(e, Sources.NONE);
  }

  /** Why Flyway rejects a class: the start of its own message, for the report. */
  public static final String MISNAMED = dev.godwit.model.Project.Unused.FLYWAY_MISNAMED;

  /**
   * A class Flyway would instantiate as a migration (it extends BaseJavaMigration, directly or through a
   * project base class) whose name is not {@code V<version>__<Description>} (or U/R): BaseJavaMigration's
   * constructor throws, and the whole migrate fails. A class that implements JavaMigration itself and gives
   * its own version may have any name.
   */
  public static boolean misnamed(Entry e, Sources sources) {
    if (!e.name().endsWith(".java") || NAME.matcher(e.name()).matches()) {
      return false;
    }
    String cls = className(e);
    return sources.known(cls) && sources.isMigration(cls) && !sources.isBase(cls)
        && !e.text().contains("getVersion(") && !e.text().contains("abstract class");
  }

  public static boolean detect(Entry e, Sources sources) {
    if (!NAME.matcher(e.name()).matches()) {
      return false;
    }
    String cls = className(e);
    if (sources.known(cls)) {
      if (sources.isBase(cls)) {
        return false; // abstract, or the base class of another migration class: Flyway does not run it itself
      }
      if (sources.isMigration(cls)) {
        return true;
      }
    }
    // Flyway 5 and older: JdbcMigration.migrate(Connection) and SpringJdbcMigration.migrate(JdbcTemplate)
    return e.text().contains("JavaMigration") || e.text().contains("JdbcMigration")
        || e.text().contains("org.flywaydb.core.api.migration");
  }

  private static String className(Entry e) {
    return e.name().substring(0, e.name().length() - ".java".length());
  }

  static ParseResult<CompilationUnit> parse(String src) {
    ParserConfiguration cfg = new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
        .setTabSize(1);
    return new JavaParser(cfg).parse(src);
  }

  public static List<Script> read(Entry e, Direction dir) {
    return read(e, dir, Sources.of(List.of(e)));
  }

  /** The class's SQL as scripts (its own file first, then base classes'); never throws. */
  public static List<Script> read(Entry e, Direction dir, Sources sources) {
    try {
      return readOrThrow(e, dir, sources);
    } catch (RuntimeException | StackOverflowError ex) {
      return List.of(unparsed(e.file(), dir, "Godwit could not read this Java migration: " + ex));
    }
  }

  private static Script unparsed(SourceFile file, Direction dir, String why) {
    Statement st = new Statement(new Span(0, Math.min(1, file.text().length())), "", OffsetMap.shift(0),
        new Node.Unparsed(why, null), Statement.Origin.UNPARSED, 0);
    return new Script(file, dir, ScriptBuilder.whole(file), List.of(st), List.of(), TxMode.WRAPPED,
        "Flyway runs each Java migration in a transaction");
  }

  private static List<Script> readOrThrow(Entry e, Direction dir, Sources sources) {
    SourceFile file = e.file();
    String name = className(e);
    ParseResult<CompilationUnit> result = parse(file.text());
    if (result.getResult().isEmpty() || !result.isSuccessful()) {
      String why = result.getProblems().isEmpty() ? "syntax error" : result.getProblems().get(0).getVerboseMessage();
      return List.of(unparsed(file, dir, "Java syntax error: " + why.lines().findFirst().orElse(why)));
    }
    FlywayJavaCalls.Unit main = sources.unit(e, name);
    if (main == null || main.entry != e) {
      CompilationUnit cu = result.getResult().get();
      if (cu.getTypes().isEmpty()) {
        return List.of(note(file, dir, new Span(0, Math.min(1, file.text().length())), name,
            "the file declares no class", TxMode.WRAPPED, "Flyway runs each Java migration in a transaction"));
      }
      main = new FlywayJavaCalls.Unit(e, cu, cu.getTypes().stream().filter(t -> t.getNameAsString().equals(name))
          .findFirst().orElse(cu.getType(0)));
    }
    FlywayJavaCalls calls = new FlywayJavaCalls(main, sources::unit);
    MethodDeclaration noTxMethod = calls.method(main, "canExecuteInTransaction", 0, false);
    boolean noTx = false;
    if (noTxMethod != null) {
      for (ReturnStmt ret : noTxMethod.findAll(ReturnStmt.class)) {
        if (ret.getExpression().orElse(null) instanceof BooleanLiteralExpr b && !b.getValue()) {
          noTx = true;
        }
      }
    }
    calls.autocommit = noTx;
    calls.run();
    String reason = noTx ? name + ".canExecuteInTransaction() returns false"
        : "Flyway runs Java migration " + name + " in a transaction (canExecuteInTransaction() is true)";
    TxMode mode = noTx ? TxMode.AUTOCOMMIT : TxMode.WRAPPED;
    Map<FlywayJavaCalls.Unit, List<Statement>> byUnit = new LinkedHashMap<>();
    byUnit.put(main, new ArrayList<>());
    Map<FlywayJavaCalls.Unit, List<dev.godwit.model.Comment>> comments = new HashMap<>();
    for (FlywayJavaCalls.Run run : calls.runs) {
      List<Statement> out = byUnit.computeIfAbsent(run.unit(), k -> new ArrayList<>());
      if (run.sql().known()) {
        SqlText sql = run.sql().text();
        if (run.synthetic()) {
          // SQL built from a jOOQ chain: findings point at the chain's parts, but no fix edits Java code
          out.add(ScriptBuilder.synthetic(sql.toString(), OffsetMap.generated(sql.map(), Map.of())));
        } else {
          var parsed = ScriptBuilder.parseText(sql.toString(), sql.map());
          out.addAll(parsed.statements());
          comments.computeIfAbsent(run.unit(), k -> new ArrayList<>()).addAll(parsed.comments());
        }
      } else {
        Span span = run.unit().span(run.at());
        String why = run.synthetic() ? run.sql().why()
            : run.sql().why() == null ? "its SQL is computed at run time"
            : "its SQL depends on " + run.sql().why() + ", which Godwit cannot know";
        out.add(new Statement(span, "", OffsetMap.clamp(span),
            new Node.DynamicSql(JavaValues.abbreviate(run.at().toString()), why), Statement.Origin.RECOGNIZER, 0));
      }
    }
    // a helper called twice runs the same statement twice: one statement (and one finding) is enough
    for (var entry : byUnit.entrySet()) {
      Set<String> seen = new HashSet<>();
      entry.getValue().removeIf(st -> !seen.add(st.span().start() + ":" + st.span().end() + ":" + st.sql()
          + ":" + st.node()));
    }
    List<Statement> own = byUnit.get(main);
    if (own.isEmpty()) {
      Span at = main.span(main.type.getName());
      String why = emptyReason(main, calls, byUnit, sources);
      own.add(new Statement(at, "", OffsetMap.clamp(at), new Node.DynamicSql(name, why), Statement.Origin.RECOGNIZER, 0));
    }
    List<Script> scripts = new ArrayList<>();
    for (var entry : byUnit.entrySet()) {
      FlywayJavaCalls.Unit u = entry.getKey();
      List<dev.godwit.model.Comment> cs = new ArrayList<>(comments.getOrDefault(u, List.of()));
      for (Comment c : u.cu.getAllContainedComments()) {
        if (c.getRange().isPresent()) {
          cs.add(new dev.godwit.model.Comment(u.span(c), c.getContent().strip()));
        }
      }
      cs.sort((a, b) -> a.span().compareTo(b.span()));
      SourceFile f = u.entry.file();
      scripts.add(new Script(f, dir, ScriptBuilder.whole(f), ScriptBuilder.renumber(entry.getValue()), cs, mode,
          u == main ? reason : reason + "; this is the SQL of base class " + u.type.getNameAsString()));
    }
    return scripts;
  }

  /** Why a migration class yields no statement of its own. */
  private static String emptyReason(FlywayJavaCalls.Unit main, FlywayJavaCalls calls,
      Map<FlywayJavaCalls.Unit, List<Statement>> byUnit, Sources sources) {
    List<String> bases = new ArrayList<>();
    for (var u : byUnit.keySet()) {
      if (u != main && !byUnit.get(u).isEmpty()) {
        bases.add(u.type.getNameAsString() + " (" + u.entry.file().path() + ")");
      }
    }
    if (!bases.isEmpty()) {
      return "its SQL is run by code it inherits from " + String.join(", ", bases) + ", and checked there";
    }
    if (!calls.unfollowed.isEmpty()) {
      return calls.unfollowed.iterator().next();
    }
    MethodDeclaration migrate = calls.method(main, "migrate", 1, false);
    if (migrate == null) {
      String sup = main.superName();
      for (int guard = 0; sup != null && sources.known(sup) && guard < 20; guard++) {
        sup = sources.superOf(sup);
      }
      return sup == null || sup.equals("BaseJavaMigration")
          ? "it has no migrate(Context) method"
          : "it inherits migrate(Context) from " + sup + ", whose source is not among the files Godwit read";
    }
    return "its migrate() runs no SQL that Godwit can see (nothing to run)";
  }

  private static Script note(SourceFile file, Direction dir, Span at, String call, String why, TxMode mode,
      String reason) {
    Statement st = new Statement(at, "", OffsetMap.clamp(at), new Node.DynamicSql(call, why),
        Statement.Origin.RECOGNIZER, 0);
    return new Script(file, dir, ScriptBuilder.whole(file), List.of(st), List.of(), mode, reason);
  }
}
