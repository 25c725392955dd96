package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Project;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Alembic histories of the shared real-world corpus read as Alembic runs them: almost no statement
 * unparsed, every revision either checked or carrying a note that says why not, env.py not a migration.
 * Skips when the corpus is absent.
 */
class CorpusAlembicTest {
  @ParameterizedTest
  @CsvSource({"quay__quay, 124", "indico__indico, 176", "mealie-recipes__mealie, 37"})
  void everyRevisionIsReadOrAccountedFor(String project, int revisions) {
    Path root = CorpusFormatsTest.CORPUS.resolve(project);
    assumeTrue(Files.isDirectory(root), "corpus not present");
    Project p = new ProjectReader(ReadOptions.defaults(), Path.of("").toAbsolutePath()).read(List.of(root));
    int statements = 0;
    int unparsed = 0;
    int notes = 0;
    List<String> silent = new ArrayList<>();
    Map<String, Integer> reasons = new TreeMap<>();
    for (Migration m : p.migrations()) {
      assertThat(m.primaryFile().name()).isNotEqualTo("env.py");
      assertThat(m.format()).isEqualTo(dev.godwit.model.Format.ALEMBIC);
      int own = 0;
      List<Script> all = new ArrayList<>(m.up());
      all.addAll(m.down());
      for (Script s : all) {
        for (Statement st : s.statements()) {
          if (st.embedded()) {
            continue;
          }
          statements++;
          if (s.direction() != dev.godwit.model.Direction.DOWN) {
            own++;
          }
          if (st.origin() == Statement.Origin.UNPARSED) {
            unparsed++;
          }
          if (st.node() instanceof Node.DynamicSql d) {
            notes++;
            reasons.merge(d.why().replaceAll("(?s)(the expression|the variable|the f-string at|calls|Core expression) .*",
                "$1 ..."), 1, Integer::sum);
          }
        }
      }
      if (own == 0) {
        silent.add(m.primaryFile().name());
      }
    }
    System.out.printf("%s: %d revisions, %d statements, %d unparsed, %d notes%n", project, p.migrations().size(),
        statements, unparsed, notes);
    reasons.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5)
        .forEach(e -> System.out.printf("  %4d %s%n", e.getValue(), e.getKey()));
    assertThat(p.migrations()).hasSize(revisions);
    assertThat(silent).as("revisions with no statement and no note").isEmpty();
    assertThat(unparsed * 200).as("unparsed statements (at most 0.5%)").isLessThanOrEqualTo(statements);
  }
}
