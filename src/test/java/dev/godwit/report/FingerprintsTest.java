package dev.godwit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.SourceFile;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
  private static Finding finding(String rule, String path, String text, String statement) {
    SourceFile file = new SourceFile(path, text);
    return new Finding(
        rule, Severity.WARNING, path, file, ReportFixture.spanOf(file, statement), "m", null, null, null);
  }

  @Test
  void isThirtyTwoHexDigits() {
    String fp = Fingerprints.of(finding("r", "a.sql", "DROP TABLE t;", "DROP TABLE t"), 0);
    assertThat(fp).matches("[0-9a-f]{32}");
  }

  @Test
  void survivesLineShiftsWhitespaceAndCase() {
    String before = Fingerprints.of(finding("r", "a.sql", "DROP TABLE t;", "DROP TABLE t"), 0);
    String shifted =
        Fingerprints.of(
            finding("r", "a.sql", "-- new comment\nSELECT 1;\n\ndrop  table\r\n\tT;", "drop  table\r\n\tT"), 0);
    assertThat(shifted).isEqualTo(before);
  }

  @Test
  void dependsOnRulePathTextAndOccurrence() {
    String base = Fingerprints.of(finding("r", "a.sql", "DROP TABLE t;", "DROP TABLE t"), 0);
    assertThat(Fingerprints.of(finding("q", "a.sql", "DROP TABLE t;", "DROP TABLE t"), 0)).isNotEqualTo(base);
    assertThat(Fingerprints.of(finding("r", "b.sql", "DROP TABLE t;", "DROP TABLE t"), 0)).isNotEqualTo(base);
    assertThat(Fingerprints.of(finding("r", "a.sql", "DROP TABLE u;", "DROP TABLE u"), 0)).isNotEqualTo(base);
    assertThat(Fingerprints.of(finding("r", "a.sql", "DROP TABLE t;", "DROP TABLE t"), 1)).isNotEqualTo(base);
  }

  @Test
  void assignCountsOccurrencesOfIdenticalFindings() {
    SourceFile file = new SourceFile("a.sql", "DROP TABLE t;\nDROP TABLE t;\nDROP TABLE u;\n");
    Finding first = new Finding("r", Severity.WARNING, "a.sql", file, new dev.godwit.model.Span(0, 12), "m", null, null, null);
    Finding second = new Finding("r", Severity.WARNING, "a.sql", file, new dev.godwit.model.Span(14, 26), "m", null, null, null);
    Finding other = new Finding("r", Severity.WARNING, "a.sql", file, new dev.godwit.model.Span(28, 40), "m", null, null, null);
    List<String> fps = Fingerprints.assign(List.of(first, other, second));
    assertThat(fps).containsExactly(Fingerprints.of(first, 0), Fingerprints.of(other, 0), Fingerprints.of(second, 1));
    assertThat(fps).doesNotHaveDuplicates();
  }

  @Test
  void unreadableFileHasFingerprintFromRuleAndPath() {
    Finding f = new Finding("parse-error", Severity.WARNING, "x.sql", null, new dev.godwit.model.Span(0, 0), "m", null, null, null);
    assertThat(Fingerprints.assign(List.of(f, f))).doesNotHaveDuplicates().hasSize(2);
  }
}
