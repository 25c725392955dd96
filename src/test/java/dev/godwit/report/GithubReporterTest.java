package dev.godwit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {
  @Test
  void escapesData() {
    assertThat(GithubReporter.escapeData("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
    assertThat(GithubReporter.escapeData("%0A")).isEqualTo("%250A");
  }

  @Test
  void escapesProperties() {
    assertThat(GithubReporter.escapeProperty("db/a,b: c%.sql")).isEqualTo("db/a%2Cb%3A c%25.sql");
    assertThat(GithubReporter.escapeProperty("x\ny")).isEqualTo("x%0Ay");
  }

  @Test
  void annotationEscapesPathAndMessageAndAppendsHelp() throws IOException {
    SourceFile file = new SourceFile("db/V1__a,b:c.sql", "DROP TABLE t;\n");
    Finding f =
        new Finding(
            "ban-drop-table",
            Severity.WARNING,
            file.path(),
            file,
            new Span(0, 12),
            "Dropping t: 100%\nof data",
            "Rename it first, drop later.",
            null,
            null);
    String out = render(new LintResult(List.of(f), List.of(), List.of(), 1, 1, true));
    assertThat(out)
        .isEqualTo(
            "::warning file=db/V1__a%2Cb%3Ac.sql,line=1,endLine=1,col=1,endColumn=13,title=ban-drop-table"
                + "::Dropping t: 100%25%0Aof data%0Ahelp: Rename it first, drop later.\n");
  }

  @Test
  void mapsSeveritiesAndSkipsSuppressed() throws IOException {
    SourceFile file = new SourceFile("a.sql", "SELECT 1;");
    Span span = new Span(0, 8);
    List<Finding> findings =
        List.of(
            new Finding("r", Severity.ERROR, "a.sql", file, span, "e", null, null, null),
            new Finding("r", Severity.WARNING, "a.sql", file, span, "w", null, null, null),
            new Finding("r", Severity.NOTE, "a.sql", file, span, "n", null, null, null),
            new Finding("r", Severity.ERROR, "a.sql", file, span, "s", null, null, new Finding.Suppression("ok")));
    List<Notification> notes = List.of(new Notification(Severity.NOTE, "fyi", null, null));
    String out = render(new LintResult(findings, List.of(), notes, 1, 1, true));
    assertThat(out.lines())
        .extracting(l -> l.replaceFirst("^::(\\w+).*$", "$1"))
        .containsExactly("error", "warning", "notice", "notice");
    assertThat(out).doesNotContain("::s").endsWith("::notice::godwit: fyi\n");
  }

  private static String render(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat("github").report(result, ReportFixture.CONTEXT, out);
    return out.toString();
  }
}
