package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several migration folders in one run are separate histories (databases) unless the configuration joins
 * them: {@code godwit check core billing} reports what {@code check core} and {@code check billing} report.
 */
class HistoriesTest {
  static final Path PROJECT = Path.of("testdata", "projects", "two-histories");

  @TempDir
  Path tmp;

  /** Every finding as path:line:column rule message, sorted. */
  private static List<String> findings(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), Path.of("").toAbsolutePath(), false);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    List<String> lines = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("findings")) {
      lines.add(f.get("path").asText() + ":" + f.get("startLine").asInt() + ":" + f.get("startColumn").asInt() + " "
          + f.get("ruleId").asText() + " " + f.get("message").asText());
    }
    lines.sort(null);
    return lines;
  }

  private Path config(String yaml) throws IOException {
    Path file = tmp.resolve(".godwit.yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void twoFoldersAreTwoHistoriesWithTheFindingsOfEachAlone() throws IOException {
    String core = PROJECT.resolve("core").toString();
    String billing = PROJECT.resolve("billing").toString();
    List<String> alone = new ArrayList<>(findings("--no-config", core));
    alone.addAll(findings("--no-config", billing));
    alone.sort(null);
    List<String> together = findings("--no-config", core, billing);
    assertThat(together).isNotEmpty().isEqualTo(alone);
    assertThat(together).noneMatch(f -> f.contains("ban-rewriting-column-type"));
    assertThat(findings("--config", config("histories: separate\n").toString(), core, billing)).isEqualTo(alone);
  }

  @Test
  void joinedFoldersReplayIntoOneSchema() throws IOException {
    String core = PROJECT.resolve("core").toString();
    String billing = PROJECT.resolve("billing").toString();
    List<String> separate = findings("--no-config", core, billing);
    List<String> joined = findings("--config", config("histories: joined\n").toString(), core, billing);
    List<String> extra = new ArrayList<>(joined);
    extra.removeAll(separate);
    assertThat(extra).singleElement().asString()
        .contains("billing/V2__shorter_reference.sql:4:20 ban-rewriting-column-type")
        .contains("from varchar(80) to varchar(20)");
    assertThat(joined).containsAll(separate);
    // a configured group of folders is one history too
    String group = "histories:\n  - [" + PROJECT.resolve("core").toAbsolutePath() + ", "
        + PROJECT.resolve("billing").toAbsolutePath() + "]\n";
    assertThat(findings("--config", config(group).toString(), core, billing)).isEqualTo(joined);
  }
}
