package dev.godwit.format;

import dev.godwit.format.host.FlywayJava;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Flyway Java projects of the shared corpus: every class read yields statements or a note that says
 * why, and almost nothing is a parse error. Skips when the corpus is absent.
 */
class FlywayJavaCorpusTest {
  @ParameterizedTest
  @CsvSource({
      "OpenAEV-Platform__openaev, 210, 1000",
      "cloudfoundry__uaa, 6, 20",
      "Dynolog__dynolog-api, 15, 20"})
  void everyJavaMigrationIsAccountedFor(String project, int migrations, int atLeastStatements) {
    Path root = CorpusFormatsTest.CORPUS.resolve(project);
    assumeTrue(Files.isDirectory(root), "corpus not present");
    Project p = new ProjectReader(ReadOptions.defaults(), Path.of("").toAbsolutePath()).read(List.of(root));
    assertThat(p.problems()).isEmpty();
    List<Migration> java = p.migrations().stream().filter(m -> m.format().equals(FlywayJava.FORMAT)).toList();
    assertThat(java).hasSize(migrations);
    int statements = 0;
    int unparsed = 0;
    List<String> empty = new ArrayList<>();
    for (Migration m : java) {
      for (Script s : m.up()) {
        List<Statement> own = s.statements().stream().filter(st -> !st.embedded()).toList();
        statements += own.size();
        unparsed += (int) own.stream().filter(st -> st.node() instanceof Node.Unparsed).count();
        if (own.isEmpty()) {
          empty.add(s.file().path());
        }
      }
    }
    assertThat(empty).as("Java migration files with no statement and no note").isEmpty();
    assertThat(statements).isGreaterThanOrEqualTo(atLeastStatements);
    assertThat(unparsed * 200).as("parse errors (at most 0.5%% of %d statements)", statements)
        .isLessThanOrEqualTo(statements);
  }
}
