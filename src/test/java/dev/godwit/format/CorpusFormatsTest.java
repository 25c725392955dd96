package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format of the shared real-world corpus is detected and read, with its up/down pairing. Skips
 * when the corpus is absent (it lives beside the repository, never in it).
 */
class CorpusFormatsTest {
  static final Path CORPUS = Path.of("..", "shared", "corpus");

  @ParameterizedTest
  @CsvSource({
      "openmeterio__openmeter, golang-migrate, 269, 269",
      "dhis2__dhis2-core, flyway, 345, 0",
      "supabase__postgres, dbmate, 34, 0",
      "maevsi__sqitch, sqitch, 104, 104",
      "traccar__traccar, liquibase-xml, 30, 0"})
  void detectsTheFormatAndPairsDowngrades(String project, String format, int atLeast, int pairs) {
    Path root = CORPUS.resolve(project);
    assumeTrue(Files.isDirectory(root), "corpus not present");
    Project p = new ProjectReader(ReadOptions.defaults(), Path.of("").toAbsolutePath()).read(List.of(root));
    assertThat(p.problems()).isEmpty();
    assertThat(p.migrations()).isNotEmpty().allSatisfy(m -> assertThat(m.format().id()).isEqualTo(format));
    assertThat(p.migrations().size()).isGreaterThanOrEqualTo(atLeast);
    long paired = p.migrations().stream().filter(m -> !m.up().isEmpty() && !m.down().isEmpty()).count();
    assertThat(paired).isEqualTo(pairs);
    for (Migration m : p.migrations()) {
      assertThat(m.up()).as("%s %s", m.format(), m.version()).isNotEmpty();
    }
  }
}
