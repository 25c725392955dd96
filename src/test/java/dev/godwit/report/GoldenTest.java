package dev.godwit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares each reporter's output for {@link ReportFixture} with {@code src/test/resources/report/
 * expected.*}. Run with {@code -Dgodwit.updateGolden=true} to rewrite the golden files, then review
 * the diff.
 */
class GoldenTest {
  private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "report");
  private static final boolean UPDATE = Boolean.getBoolean("godwit.updateGolden");

  static String render(String format) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format).report(ReportFixture.result(), ReportFixture.CONTEXT, out);
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource({"text, txt", "sarif, sarif", "json, json", "github, github"})
  void matchesGolden(String format, String extension) throws IOException {
    String actual = render(format);
    Path golden = GOLDEN_DIR.resolve("expected." + extension);
    if (UPDATE) {
      Files.createDirectories(GOLDEN_DIR);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"text", "sarif", "json", "github"})
  void crlfInputLeavesNoCarriageReturnInLineOrientedOutput(String format) throws IOException {
    String actual = render(format);
    if (format.equals("text") || format.equals("github")) {
      assertThat(actual).doesNotContain("\r");
    }
    // JSON formats escape it inside strings, never a raw CR.
    assertThat(actual.replace("\\r", "")).doesNotContain("\r");
  }
}
