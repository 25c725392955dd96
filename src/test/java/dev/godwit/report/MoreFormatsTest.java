package dev.godwit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.rule.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gcc, gitlab and markdown formats and the baseline file, on the reporters' fixed findings. */
class MoreFormatsTest {
  static String render(String format) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format).report(ReportFixture.result(), ReportFixture.CONTEXT, out);
    return out.toString();
  }

  @Test
  void gccIsOneLinePerFindingThenNotifications() throws IOException {
    assertThat(render("gcc")).isEqualTo(String.join("\n",
        "db/migration/V1__create_orders.sql:3:5: note: Column \"id\" of table orders uses int, which overflows at"
            + " 2,147,483,647 [prefer-bigint]",
        "db/migration/V2__index orders.sql:2:1: error: Creating index orders_note_idx on orders blocks writes until"
            + " it is built [require-concurrent-index]",
        "db/migration/V2__index orders.sql:3:1: error: Adding NOT NULL column \"status\" to orders without a default"
            + " fails: 100% of existing rows violate it [adding-required-field]",
        "db/migration/V3__broken.sql:1:1: warning: Could not decode the file as UTF-8 (malformed input at byte 17)"
            + " [parse-error]",
        "db/migration/V3__broken.sql: warning: could not decode as UTF-8; the file was skipped",
        "db/migration/V2__index orders.sql: error: rule renaming-column crashed: java.lang.IllegalStateException:"
            + " unexpected action",
        ""));
  }

  @Test
  void gitlabIsCodeQualityJsonWithoutSuppressedFindings() throws IOException {
    JsonNode issues = new ObjectMapper().readTree(render("gitlab"));
    assertThat(issues.size()).isEqualTo(4);
    Set<String> fingerprints = new java.util.HashSet<>();
    for (JsonNode i : issues) {
      assertThat(i.path("type").asText()).isEqualTo("issue");
      assertThat(i.path("description").asText()).isNotBlank();
      assertThat(i.path("check_name").asText()).isNotBlank();
      assertThat(i.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
      assertThat(i.path("location").path("lines").path("begin").asInt()).isPositive();
      fingerprints.add(i.path("fingerprint").asText());
    }
    assertThat(fingerprints).hasSize(4);
    assertThat(issues.get(2).path("location").path("lines").path("end").asInt()).isEqualTo(4);
    assertThat(issues.findValuesAsText("check_name")).doesNotContain("ban-drop-column");
  }

  @Test
  void markdownIsATableThatEscapesCells() throws IOException {
    String md = render("markdown");
    assertThat(md).startsWith("### Godwit\n\n").contains("| | Location | Rule | Message |")
        .contains("| ❌ error | `db/migration/V2__index orders.sql:2:1` | [require-concurrent-index](")
        .doesNotContain("ban-drop-column")
        .contains("- **error**: `db/migration/V2__index orders.sql`: rule renaming-column crashed");
    assertThat(MarkdownReporter.cell("a|b\n<script>`x`")).isEqualTo("a\\|b &lt;script&gt;'x'");
  }

  @Test
  void baselineRoundTripIgnoresSuppressedFindings() throws IOException {
    List<Finding> findings = ReportFixture.findings();
    StringWriter out = new StringWriter();
    int n = Baseline.write(findings, out);
    assertThat(n).isEqualTo((int) findings.stream().filter(f -> !f.suppressed()).count());
    Baseline base = Baseline.read(new StringReader(out.toString()));
    assertThat(base.entries()).hasSize(n);
    Baseline.Applied applied = base.apply(findings, p -> true);
    assertThat(applied.accepted()).isEqualTo(n);
    assertThat(applied.gone()).isZero();
    assertThat(applied.kept()).allMatch(i -> findings.get(i).suppressed());
    Baseline.Applied none = base.apply(List.of(), p -> p.contains("V1"));
    assertThat(none.gone()).isEqualTo(1);
  }
}
