package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The whole real-world corpus (when present beside the checkout) runs without a crash or a parse failure. */
class CorpusSmokeTest {
  static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();

  @Test
  void wholeCorpusRunsCleanly() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not present");
    MainTest.Run r = MainTest.run(Path.of("").toAbsolutePath(), "", Map.of(), false,
        "check", "--fail-on", "never", "--format", "json", CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"successful\": true").doesNotContain("\"ruleId\": \"invalid-file\"");
    assertThat(r.out()).contains("\"statements\"");
  }
}
