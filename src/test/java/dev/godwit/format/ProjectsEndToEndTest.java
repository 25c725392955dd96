package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.SarifSchema;
import dev.godwit.cli.Main;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One small project per migration format under {@code testdata/projects/<format>/}, run from the
 * command line to SARIF. {@code expected-findings.txt} lists every finding as
 * {@code <path in the project>:<line>:<column> <rule-id>} (with {@code suppressed} when an ignore comment
 * accepts it); the run must report exactly those, at those positions in the host file
 * ({@code .sql}, {@code .java}, {@code .py}, {@code .xml}), and its SARIF must validate.
 */
class ProjectsEndToEndTest {
  static final Path PROJECTS = Path.of("testdata", "projects");

  @TestFactory
  Stream<DynamicTest> everyProjectReportsExactlyItsExpectedFindings() throws IOException {
    try (Stream<Path> dirs = Files.list(PROJECTS)) {
      List<Path> list = dirs.filter(d -> Files.isRegularFile(d.resolve("expected-findings.txt"))).sorted().toList();
      assertThat(list).extracting(p -> p.getFileName().toString()).contains("alembic", "dbmate", "flyway-java",
          "flyway-sql", "liquibase-sql", "liquibase-xml", "liquibase-yaml", "numbered", "sqitch");
      return list.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }
  }

  private static void check(Path project) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"check", "--format", "sarif", "--fail-on", "never", project.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Path.of("").toAbsolutePath(), false);
    String sarif = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(SarifSchema.validate(sarif)).isEmpty();
    JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
    List<String> actual = new ArrayList<>();
    String prefix = project.toString().replace('\\', '/') + "/";
    for (JsonNode r : run.get("results")) {
      JsonNode loc = r.get("locations").get(0).get("physicalLocation");
      String uri = loc.get("artifactLocation").get("uri").asText();
      String path = uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
      JsonNode region = loc.get("region");
      actual.add(path + ":" + region.get("startLine").asInt() + ":" + region.get("startColumn").asInt() + " "
          + r.get("ruleId").asText() + (r.path("suppressions").size() > 0 ? " suppressed" : ""));
    }
    List<String> expected = new ArrayList<>();
    List<String> header = new ArrayList<>();
    Path file = project.resolve("expected-findings.txt");
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.startsWith("#")) {
        header.add(l);
      } else if (!l.isBlank()) {
        expected.add(l.strip());
      }
    }
    if (Boolean.getBoolean("godwit.updateExpected")) {
      // -Dgodwit.updateExpected=true rewrites the file from what Godwit reports; review the diff before committing
      List<String> lines = new ArrayList<>(header);
      lines.addAll(actual.stream().sorted().toList());
      Files.write(file, lines, StandardCharsets.UTF_8);
      expected = actual;
    }
    assertThat(actual).as("findings of %s (SARIF results as path:line:column rule)", project)
        .containsExactlyInAnyOrderElementsOf(expected);
    JsonNode notes = run.path("invocations").path(0).path("toolExecutionNotifications");
    assertThat(notes.isMissingNode() || notes.isEmpty()).as("tool notifications: %s", notes).isTrue();
  }
}
