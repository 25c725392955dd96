package dev.godwit.format;

import dev.godwit.format.host.FlywayJava;
import dev.godwit.format.host.PyTokenizer;
import dev.godwit.format.host.SqlText;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.godwit.format.host.PyTokenizer.Kind;
import dev.godwit.format.host.PyTokenizer.Tok;
import dev.godwit.model.Direction;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of the readers that take SQL out of host-language files (Jazzer): the Python
 * tokenizer with the Alembic and plain-script readers, and the Flyway Java reader. A plain
 * {@code mvn test} replays the saved inputs in testdata/_fuzz/python and testdata/_fuzz/flyway-java;
 * {@code JAZZER_FUZZ=1} fuzzes (see docs/performance.md).
 *
 * <p>Besides "never throws", each target checks what IDE and GitHub annotations depend on: every span
 * lies inside the file, and every SQL character maps to a place in the file where that character (or
 * the backslash of its escape) is written.
 */
class FormatFuzzTest {
  static final Path PYTHON_CASES = Path.of("testdata", "_fuzz", "python");
  static final Path FLYWAY_JAVA_CASES = Path.of("testdata", "_fuzz", "flyway-java");

  @FuzzTest(maxDuration = "30s")
  void python(@NotNull String text) {
    List<Tok> toks = PyTokenizer.tokenize(text);
    int last = 0;
    for (Tok t : toks) {
      assertThat(t.start()).as("token %s starts after the previous one", t).isGreaterThanOrEqualTo(last);
      assertThat(t.end()).as("token %s", t).isBetween(t.start(), text.length());
      assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      last = t.end();
      if (t.kind() == Kind.STRING) {
        SqlText v = PyTokenizer.value(text, t);
        checkMapped(text, v.toString(), v.map(), t.start(), t.end());
      }
    }
    // SQL that Godwit writes for an op.* call maps onto the call, not character by character; only
    // SQL that starts inside a string literal is checked character by character.
    java.util.function.IntPredicate literal =
        o -> toks.stream().anyMatch(t -> t.kind() == Kind.STRING && t.start() <= o && o < t.end());
    SourceFile file = new SourceFile("migrations/versions/0001_fuzz.py", text);
    Entry e = new Entry(Path.of(file.path()), file);
    for (Migration m : Alembic.read(e, ReadOptions.defaults())) {
      checkMigration(text, m, literal);
    }
    checkMigration(text, PythonScripts.read(e, ReadOptions.defaults()), literal);
  }

  /**
   * Arbitrary text as a Flyway Java migration ({@code template} false), or the text as SQL written into
   * a Java migration class in one of several literal shapes ({@code template} true).
   */
  @FuzzTest(maxDuration = "30s")
  void flywayJava(@NotNull String text, boolean template) {
    String src = template ? javaMigration(text, Math.floorMod(text.hashCode(), 3)) : text;
    SourceFile file = new SourceFile("db/migration/V1__fuzz.java", src);
    List<Script> scripts = FlywayJava.read(new Entry(Path.of(file.path()), file), Direction.UP);
    for (Script s : scripts) {
      checkScript(src, s, o -> true);
    }
  }

  /** A Java migration whose SQL is {@code sql}: as one literal, a concatenation, or a text block. */
  static String javaMigration(String sql, int shape) {
    String arg = switch (shape) {
      case 0 -> javaLiteral(sql);
      case 1 -> {
        int cut = sql.length() / 2;
        if (cut > 0 && Character.isLowSurrogate(sql.charAt(cut))) {
          cut--;
        }
        yield javaLiteral(sql.substring(0, cut)) + "\n        + " + javaLiteral(sql.substring(cut));
      }
      default -> textBlock(sql);
    };
    return "package db.migration;\n\n"
        + "import org.flywaydb.core.api.migration.BaseJavaMigration;\n"
        + "import org.flywaydb.core.api.migration.Context;\n\n"
        + "public class V1__fuzz extends BaseJavaMigration {\n"
        + "  @Override\n"
        + "  public void migrate(Context context) throws Exception {\n"
        + "    try (var st = context.getConnection().createStatement()) {\n"
        + "      st.execute(" + arg + ");\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }

  static String javaLiteral(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String textBlock(String s) {
    StringBuilder b = new StringBuilder("\"\"\"\n");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case ' ' -> b.append(i + 1 == s.length() || s.charAt(i + 1) == '\n' ? "\\s" : " ");
        default -> {
          if (c != '\n' && (c < 0x20 || c == 0x7f)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append("\"\"\"").toString();
  }

  private static void checkMigration(String src, Migration m, java.util.function.IntPredicate literal) {
    for (Script s : m.up()) {
      checkScript(src, s, literal);
    }
    for (Script s : m.down()) {
      checkScript(src, s, literal);
    }
  }

  private static void checkScript(String src, Script s, java.util.function.IntPredicate literal) {
    assertThat(s.region().start()).isBetween(0, src.length());
    assertThat(s.region().end()).isBetween(s.region().start(), src.length());
    for (Statement st : s.statements()) {
      assertThat(st.span().start()).as("statement %s", st.span()).isBetween(0, src.length());
      assertThat(st.span().end()).as("statement %s", st.span()).isBetween(st.span().start(), src.length());
      if (!st.sql().isEmpty() && st.origin() != Statement.Origin.UNPARSED && literal.test(st.map().toHost(0))) {
        checkMapped(src, st.sql(), st.map(), 0, src.length());
      }
    }
  }

  /** Every SQL character maps inside [from, to] to itself or to the backslash of its escape. */
  private static void checkMapped(String src, String sql, dev.godwit.model.OffsetMap map, int from, int to) {
    for (int i = 0; i <= sql.length(); i++) {
      int o = map.toHost(i);
      assertThat(o).as("SQL offset %d of %d", i, sql.length()).isBetween(from, to);
      if (i < sql.length() && o < src.length()) {
        char c = sql.charAt(i);
        char h = src.charAt(o);
        assertThat(h == c || h == '\\' || (c == '\n' && h == '\r'))
            .as("SQL char %d '%s' written at %d as '%s'", i, c, o, h).isTrue();
      }
    }
  }

  @Test
  void savedPythonInputs() throws IOException {
    for (Path p : cases(PYTHON_CASES)) {
      python(Files.readString(p, StandardCharsets.UTF_8));
    }
  }

  @Test
  void savedFlywayJavaInputs() throws IOException {
    for (Path p : cases(FLYWAY_JAVA_CASES)) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      flywayJava(text, false);
      flywayJava(text, true);
    }
  }

  @Test
  void templateKeepsTheSqlOfEveryShape() {
    // the generator itself: each shape is a class the reader takes the SQL back out of
    for (int shape = 0; shape < 3; shape++) {
      String sql = "CREATE INDEX i ON t (a);\nALTER TABLE t ADD c text DEFAULT 'a\\b \"q\"'";
      String src = javaMigration(sql, shape);
      List<Script> scripts = FlywayJava.read(new Entry(Path.of("V1__fuzz.java"),
          new SourceFile("V1__fuzz.java", src)), Direction.UP);
      assertThat(scripts).singleElement()
          .satisfies(s -> assertThat(s.statements()).extracting(Statement::sql)
              .containsExactly("CREATE INDEX i ON t (a)", "ALTER TABLE t ADD c text DEFAULT 'a\\b \"q\"'"));
    }
  }

  static List<Path> cases(Path dir) throws IOException {
    assertThat(dir).isDirectory();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
