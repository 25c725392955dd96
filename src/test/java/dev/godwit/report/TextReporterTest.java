package dev.godwit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engine.LintResult;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {
  private static String render(LintResult result, boolean color) throws IOException {
    StringWriter out = new StringWriter();
    ReportContext ctx = new ReportContext("1.0", null, color, null);
    Reporters.forFormat("text").report(result, ctx, out);
    return out.toString();
  }

  @Test
  void noFindings() throws IOException {
    assertThat(render(new LintResult(List.of(), List.of(), List.of(), 5, 412, true), false))
        .isEqualTo("No findings in 5 files (412 statements)\n");
    assertThat(render(new LintResult(List.of(), List.of(), List.of(), 1, 1, true), false))
        .isEqualTo("No findings in 1 file (1 statement)\n");
  }

  @Test
  void colourOnlyWhenAsked() throws IOException {
    assertThat(render(ReportFixture.result(), true)).contains("\u001b[");
    assertThat(render(ReportFixture.result(), false)).doesNotContain("\u001b");
  }

  @Test
  void caretLineKeepsTabsAndCountsCodePoints() {
    assertThat(TextReporter.caretLine("\tid int", 4, 7)).isEqualTo("\t   ^^^");
    assertThat(TextReporter.caretLine("'\uD83D\uDCE6' x", 4, 5)).isEqualTo("   ^");
    assertThat(TextReporter.caretLine("abc", 3, 3)).isEqualTo("   ^");
  }

  @Test
  void crlfMultiLineSpanUnderlinesToEndOfFirstLine() throws IOException {
    SourceFile file = new SourceFile("a.sql", "SELECT 1;\r\nALTER TABLE t\r\n  DROP COLUMN c;\r\n");
    Finding f =
        new Finding(
            "ban-drop-column", Severity.WARNING, "a.sql", file, new Span(11, 42), "Dropping c", "Don't.", null, null);
    String out = render(new LintResult(List.of(f), List.of(), List.of(), 1, 2, true), false);
    assertThat(out)
        .isEqualTo(
            "a.sql:2:1: warning[ban-drop-column] Dropping c\n"
                + " 2 | ALTER TABLE t\n"
                + "   | ^^^^^^^^^^^^^\n"
                + "   = help: Don't.\n"
                + "\n"
                + "1 warning in 1 file (2 statements)\n");
  }

  @Test
  void controlCharactersCannotDriveTheTerminal() throws IOException {
    SourceFile file = new SourceFile("a.sql", "SELECT '\u001b[2J';\n");
    Finding f = new Finding("r", Severity.NOTE, "a.sql", file, new Span(0, 18), "bell\u0007", null, null, null);
    String out = render(new LintResult(List.of(f), List.of(), List.of(), 1, 1, true), false);
    assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").contains("SELECT '\uFFFD[2J';");
  }
}
