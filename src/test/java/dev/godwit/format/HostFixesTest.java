package dev.godwit.format;

import dev.godwit.format.host.PyTokenizer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.godwit.TestData;
import dev.godwit.engine.Fixes;
import dev.godwit.engine.LintResult;
import dev.godwit.format.host.PyTokenizer.Kind;
import dev.godwit.format.host.PyTokenizer.Tok;
import dev.godwit.model.Span;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Edit;
import dev.godwit.rule.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.xml.sax.InputSource;

/**
 * Fixes in host files (Python, Java, XML, YAML) change only the SQL they fix, in the host's own terms:
 * <ul>
 *   <li>{@code testdata/_fixes/<case>/input}, fixed as {@code --fix --unsafe-fixes} does, gives exactly
 *       {@code testdata/_fixes/<case>/expected};
 *   <li>every fix of every host file under {@code testdata/} (on its own, and all of a file's together)
 *       leaves a file its own parser accepts (Python: {@code ast.parse} when python3 exists, else Godwit's
 *       tokenizer; Java: JavaParser; XML: the JDK parser; YAML: SnakeYAML Engine);
 *   <li>each edit sits inside the finding's statement, and a text edit of SQL in a string literal leaves
 *       every token outside string literals as it was; only a helper call's own rewrite (Alembic
 *       {@code postgresql_concurrently=True}) may change the code around it, and only on the call's lines.
 * </ul>
 */
class HostFixesTest {
  private static final Path CASES = TestData.ROOT.resolve("_fixes");
  private static final String PYTHON = python();

  @TestFactory
  Stream<DynamicTest> fixedAsExpected() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CASES)) {
      for (Path c : dirs.filter(Files::isDirectory).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> fixCase(c)));
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyHostFixStaysInItsLiteral() throws IOException {
    List<Path> roots = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(TestData.ROOT)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        String name = d.getFileName().toString();
        if (name.equals("projects") || name.equals("_fixes")) {
          try (Stream<Path> sub = Files.list(d)) {
            sub.filter(Files::isDirectory).sorted().forEach(p -> roots.add(name.equals("_fixes") ? p.resolve("input") : p));
          }
        } else if (!name.startsWith("_")) {
          try (Stream<Path> sub = Files.list(d)) {
            sub.filter(Files::isDirectory).sorted().forEach(roots::add);
          }
        }
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    int[] fixes = {0};
    for (Path root : roots) {
      if (TestData.files(root).stream().noneMatch(f -> host(f) != null)) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(TestData.ROOT.relativize(root).toString(), () -> {
        LintResult r = TestData.lint(root, null);
        for (Finding f : r.findings()) {
          if (f.fix() == null || f.file() == null || f.fix().applicability() == Applicability.DISPLAY_ONLY
              || host(Path.of(f.file().path())) == null) {
            continue;
          }
          String before = f.file().text();
          if (!parses(Path.of(f.file().path()), before)) {
            continue; // a fixture that is not valid in its own language (some test Godwit's tolerance)
          }
          fixes[0]++;
          String after = Fixes.applyEdits(before, f.fix().edits());
          String what = f.ruleId() + " at " + f.path() + ":" + f.startLine() + " (" + f.fix().title() + ")";
          assertParses(Path.of(f.file().path()), after, what);
          assertLocal(Path.of(f.file().path()), f, before, after, what);
        }
        for (Fixes.FileChange c : Fixes.plan(r.findings(), true)) {
          if (host(Path.of(c.file().path())) != null && parses(Path.of(c.file().path()), c.file().text())) {
            assertParses(Path.of(c.file().path()), c.fixed(), "all fixes of " + c.file().path());
          }
        }
      }));
    }
    tests.add(DynamicTest.dynamicTest("host fixes were checked", () -> assertThat(fixes[0]).isGreaterThan(10)));
    return tests.stream();
  }

  private static void fixCase(Path c) throws IOException {
    Path input = c.resolve("input");
    Path expected = c.resolve("expected");
    Path work = Files.createTempDirectory("godwit-hostfix");
    try {
      List<Path> files = TestData.files(input);
      for (Path f : files) {
        Path to = work.resolve(input.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
      Fixes.Rounds rounds = Fixes.inRounds(TestData.lint(work, null).findings(), true, 10,
          ch -> Files.writeString(Path.of(ch.file().path()).isAbsolute() ? Path.of(ch.file().path())
              : Path.of("").toAbsolutePath().resolve(ch.file().path()), ch.fixed(), StandardCharsets.UTF_8),
          () -> TestData.lint(work, null).findings());
      assertThat(rounds.converged()).as("fixes converge").isTrue();
      assertThat(rounds.applied()).as("fixes applied").isPositive();
      for (Path f : files) {
        String rel = input.relativize(f).toString();
        String fixed = Files.readString(work.resolve(rel), StandardCharsets.UTF_8);
        assertParses(f, fixed, rel);
        if (Boolean.getBoolean("godwit.updateExpected")) { // -Dgodwit.updateExpected=true rewrites the expected files
          Files.createDirectories(expected.resolve(rel).getParent());
          Files.writeString(expected.resolve(rel), fixed, StandardCharsets.UTF_8);
        }
        assertThat(fixed).as("fixed %s", rel).isEqualTo(Files.readString(expected.resolve(rel), StandardCharsets.UTF_8));
      }
    } finally {
      try (Stream<Path> s = Files.walk(work)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static String host(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".py") ? "python" : n.endsWith(".java") ? "java" : n.endsWith(".xml") ? "xml"
        : n.endsWith(".yaml") || n.endsWith(".yml") ? "yaml" : null;
  }

  private static boolean parses(Path file, String text) {
    try {
      assertParses(file, text, "");
      return true;
    } catch (AssertionError | IOException e) {
      return false;
    }
  }

  static void assertParses(Path file, String text, String what) throws IOException {
    String kind = host(file);
    if (kind == null) {
      return;
    }
    switch (kind) {
      case "python" -> {
        if (PYTHON != null) {
          Path tmp = Files.createTempFile("godwit-fixed", ".py");
          try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(PYTHON, "-c", "import ast,sys; ast.parse(open(sys.argv[1]).read())",
                tmp.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(waitFor(p)).as("%s: Python does not parse the fixed file:%n%s%n%s", what, out, text).isZero();
          } finally {
            Files.delete(tmp);
          }
        } else {
          assertTokenizes(text, what);
        }
      }
      case "java" -> {
        var result = java().parse(text);
        assertThat(result.isSuccessful()).as("%s: JavaParser: %s%n%s", what, result.getProblems(), text).isTrue();
      }
      case "xml" -> {
        try {
          var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
          builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws, prints nothing
          builder.parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
          throw new AssertionError(what + ": the XML parser rejects the fixed file: " + e.getMessage() + "\n" + text, e);
        }
      }
      default -> {
        try {
          new Load(LoadSettings.builder().build()).loadAllFromString(text).forEach(x -> { });
        } catch (RuntimeException e) {
          throw new AssertionError(what + ": SnakeYAML rejects the fixed file: " + e.getMessage() + "\n" + text, e);
        }
      }
    }
  }

  /** Without python3: Godwit's tokenizer must end every string and balance every bracket. */
  private static void assertTokenizes(String text, String what) {
    int depth = 0;
    for (Tok t : PyTokenizer.tokenize(text)) {
      if (t.kind() == Kind.STRING) {
        String s = t.text();
        char q = s.charAt(PyTokenizer.stringStart(s, 0));
        assertThat(s.length() > 1 && s.charAt(s.length() - 1) == q).as("%s: unterminated string %s", what, s).isTrue();
      } else if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        depth--;
      }
    }
    assertThat(depth).as("%s: brackets balance", what).isZero();
  }

  /** Edits stay in the statement; a text edit changes nothing outside string literals. */
  private static void assertLocal(Path file, Finding f, String before, String after, String what) {
    boolean helper = f.fix().title().contains("postgresql_concurrently");
    Span span = f.span();
    int lineStart = span.start();
    while (lineStart > 0 && before.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    // a helper call: from its line's start to its closing bracket
    int end = span.end();
    if (helper) {
      int depth = 0;
      for (int i = span.start(); i < before.length(); i++) {
        char c = before.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          end = i + 1;
          break;
        }
      }
    }
    for (Edit e : f.fix().edits()) {
      int from = helper ? lineStart : span.start();
      assertThat(e.span().start() >= from && e.span().end() <= end)
          .as("%s: edit at %s outside the statement %s", what, e.span(), span).isTrue();
    }
    if (helper) {
      return;
    }
    switch (host(file)) {
      case "python" -> assertThat(nonStrings(PyTokenizer.tokenize(after))).as("%s: Python outside the literals", what)
          .isEqualTo(nonStrings(PyTokenizer.tokenize(before)));
      case "java" -> assertThat(javaNonStrings(after)).as("%s: Java outside the literals", what)
          .isEqualTo(javaNonStrings(before));
      default -> { }
    }
  }

  private static List<String> nonStrings(List<Tok> toks) {
    return toks.stream().map(t -> t.kind() == Kind.STRING ? "<string>" : t.text()).toList();
  }

  private static List<String> javaNonStrings(String text) {
    CompilationUnit cu = java().parse(text).getResult().orElseThrow();
    List<String> out = new ArrayList<>();
    for (JavaToken t : cu.getTokenRange().orElseThrow()) {
      if (t.getCategory().isWhitespaceOrComment()) {
        continue;
      }
      out.add(t.getCategory().isLiteral() && (t.getText().startsWith("\"")) ? "<string>" : t.getText());
    }
    return out;
  }

  private static com.github.javaparser.JavaParser java() {
    return new com.github.javaparser.JavaParser(
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
  }

  private static int waitFor(Process p) {
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** A python3 on the PATH (or Debian's), or null. */
  private static String python() {
    for (String candidate : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(candidate, "-c", "import ast").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (waitFor(p) == 0) {
          return candidate;
        }
      } catch (IOException e) {
        // not there
      }
    }
    return null;
  }
}
