package dev.godwit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engine.LintResult;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The severities of the idempotency policy, which the {@code -- expect:} markers do not check: warnings for
 * hand-run scripts and partial failures, notes inside a tracking tool's transaction.
 */
class IdempotencySeverityTest {
  private static List<Severity> severities(String testCase, String rule) {
    LintResult result = TestData.lint(TestData.ROOT.resolve(rule).resolve(testCase), rule);
    return result.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::severity).toList();
  }

  private static long count(List<Severity> s, Severity level) {
    return s.stream().filter(level::equals).count();
  }

  @Test
  void handRunScriptsAreWarningsEverywhere() {
    assertThat(severities("bad.sql", "require-if-not-exists")).hasSize(17).containsOnly(Severity.WARNING);
    assertThat(severities("numbered", "require-if-not-exists")).hasSize(3).containsOnly(Severity.WARNING);
    assertThat(severities("python-script", "require-if-not-exists")).hasSize(2).containsOnly(Severity.WARNING);
    assertThat(severities("bad.sql", "require-if-exists")).hasSize(16).containsOnly(Severity.WARNING);
  }

  @Test
  void insideATrackingToolsTransactionItIsANote() {
    List<Severity> flyway = severities("flyway", "require-if-not-exists");
    assertThat(count(flyway, Severity.WARNING)).isEqualTo(1); // the first CONCURRENTLY index
    assertThat(count(flyway, Severity.NOTE)).isEqualTo(3);
    assertThat(severities("alembic", "require-if-not-exists")).containsExactly(Severity.NOTE);
    assertThat(severities("flyway-java", "require-if-not-exists")).containsOnly(Severity.NOTE).hasSize(2);
    List<Severity> liquibase = severities("liquibase-sql", "require-if-not-exists");
    assertThat(liquibase).containsExactlyInAnyOrder(Severity.NOTE, Severity.WARNING); // runInTransaction:false
    List<Severity> drops = severities("flyway", "require-if-exists");
    assertThat(count(drops, Severity.WARNING)).isEqualTo(1);
    assertThat(count(drops, Severity.NOTE)).isEqualTo(3);
  }
}
