package dev.godwit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.LintSettings;
import dev.godwit.engine.Linter;
import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Project;
import dev.godwit.rule.Finding;
import dev.godwit.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What the replayed schema changes on the real-world corpus, compared with statement-only analysis
 * ({@code -Dgodwit.schema=off}). Skips when the corpus is absent.
 */
class SchemaImpactTest {
  static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();

  @Test
  void schemaReplayRemovesAndAddsFindingsOnTheCorpus() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("openmeterio__openmeter")), "the shared corpus is not present");
    Project project = new ProjectReader(new ReadOptions(false, LintSettings.NEWEST_PG, 1), CORPUS)
        .read(List.of(CORPUS.resolve("openmeterio__openmeter")));
    Set<String> with = keys(lint(project, "on"));
    Set<String> without = keys(lint(project, "off"));
    Set<String> removed = new HashSet<>(without);
    removed.removeAll(with);
    Set<String> added = new HashSet<>(with);
    added.removeAll(without);
    TreeMap<String, int[]> perRule = new TreeMap<>();
    removed.forEach(k -> perRule.computeIfAbsent(k.split("@")[0], r -> new int[2])[0]++);
    added.forEach(k -> perRule.computeIfAbsent(k.split("@")[0], r -> new int[2])[1]++);
    StringBuilder report = new StringBuilder("schema replay on openmeter: removed " + removed.size() + ", added "
        + added.size() + "\n");
    perRule.forEach((r, n) -> report.append("  ").append(r).append(": -").append(n[0]).append(" +").append(n[1])
        .append('\n'));
    System.getLogger("godwit").log(System.Logger.Level.INFO, report.toString());
    // Down scripts that drop indexes just before their tables, CREATE INDEX IF NOT EXISTS of known indexes.
    assertThat(removed).isNotEmpty();
    // Foreign keys whose referencing columns no index ever covers: only the schema can tell.
    assertThat(added).anyMatch(k -> k.startsWith("require-index-for-foreign-key@"));
  }

  private static LintResult lint(Project project, String schema) {
    String old = System.getProperty("godwit.schema");
    System.setProperty("godwit.schema", schema);
    try {
      return new Linter(BuiltinRules.ALL, LintSettings.defaults()).lint(project);
    } finally {
      if (old == null) {
        System.clearProperty("godwit.schema");
      } else {
        System.setProperty("godwit.schema", old);
      }
    }
  }

  private static Set<String> keys(LintResult r) {
    Set<String> out = new HashSet<>();
    for (Finding f : r.findings()) {
      out.add(f.ruleId() + "@" + f.path() + ":" + f.span().start());
    }
    return out;
  }
}
