package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the command line with injected streams, as a user would run it. */
class MainTest {
  record Run(int code, String out, String err) {}

  static Run run(Path workDir, String stdin, Map<String, String> env, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env,
        workDir, terminal);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(Path.of("").toAbsolutePath(), "", Map.of(), false, args);
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("check", "rules", "explain", "Exit codes");
    Run version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("godwit ");
    assertThat(run("check", "--help").out()).contains("--pg-version", "--fail-on", "--stdin-filename");
  }

  @Test
  void usageErrorsExitTwoWithAMessage() {
    Run badFlag = run("check", "--no-such-flag");
    assertThat(badFlag.code()).isEqualTo(2);
    assertThat(badFlag.err()).contains("--no-such-flag").contains("Usage:");
    assertThat(run("check", "--pg-version", "9", "testdata/example").err()).contains("not supported");
    assertThat(run("check", "--pg-version", "9", "testdata/example").code()).isEqualTo(2);
    assertThat(run("check", "--fail-on", "sometimes").code()).isEqualTo(2);
    assertThat(run("check", "--disable", "no-such-rule", "testdata/example").err()).contains("unknown rule");
    assertThat(run("check", "--format", "xml").err()).contains("valid formats");
    assertThat(run("check", "does/not/exist").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("explain", "no-such-rule").code()).isEqualTo(2);
  }

  @Test
  void checkReportsFindingsAndExitsOneAtTheFailingSeverity() {
    Run r = run("check", "testdata/example");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("testdata/example/db/migrations/000003_add_order_status.up.sql:2:20: error[ban-add-required-column]")
        .contains("   = help: ")
        .doesNotContain("\u001b[");
    assertThat(run("check", "--fail-on", "never", "testdata/example").code()).isZero();
    assertThat(run("check", "--disable", "ban-add-required-column,ban-rewriting-column-default", "testdata/example")
        .code()).isZero();
    assertThat(run("check", "--fail-on", "warning", "--disable", "ban-add-required-column,ban-rewriting-column-default",
        "testdata/example").code()).isEqualTo(1);
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    Path wd = Path.of("").toAbsolutePath();
    assertThat(run(wd, "", Map.of(), true, "check", "testdata/example").out()).contains("\u001b[");
    assertThat(run(wd, "", Map.of("NO_COLOR", "1"), true, "check", "testdata/example").out()).doesNotContain("\u001b[");
  }

  @Test
  void oneRunWritesGithubAnnotationsAndSarif(@TempDir Path tmp) throws Exception {
    Path sarif = tmp.resolve("out.sarif");
    Run r = run("check", "testdata/example", "--format", "github", "--format", "sarif", "--output", sarif.toString());
    assertThat(r.out()).contains("::error file=testdata/example/db/migrations/000003_add_order_status.up.sql,line=2,");
    String text = Files.readString(sarif);
    assertThat(dev.godwit.SarifSchema.validate(text)).as("SARIF schema errors").isEmpty();
    JsonNode doc = new ObjectMapper().readTree(text);
    assertThat(doc.path("version").asText()).isEqualTo("2.1.0");
    JsonNode results = doc.path("runs").get(0).path("results");
    assertThat(results.size()).isGreaterThan(3);
    for (JsonNode res : results) {
      assertThat(res.path("ruleIndex").asInt(-1)).isNotNegative();
      assertThat(res.path("partialFingerprints").size()).isPositive();
      JsonNode region = res.path("locations").get(0).path("physicalLocation").path("region");
      assertThat(region.has("startLine") && region.has("startColumn") && region.has("endLine")
          && region.has("endColumn")).isTrue();
    }
    assertThat(results.findValuesAsText("kind")).contains("inSource"); // the suppressed index in 000004
    JsonNode rules = doc.path("runs").get(0).path("tool").path("driver").path("rules");
    for (JsonNode rule : rules) {
      assertThat(rule.path("help").path("text").asText()).as(rule.path("id").asText()).isNotBlank();
      assertThat(rule.path("helpUri").asText()).endsWith(rule.path("id").asText() + ".md");
    }
  }

  @Test
  void readsOneFileFromStandardInput() {
    Run r = run(Path.of("").toAbsolutePath(), "CREATE INDEX i ON orders (a);\n", Map.of(), false,
        "check", "--stdin-filename", "db/V3__index.sql", "--fail-on", "warning");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("db/V3__index.sql:1:1: warning[require-concurrent-index]");
  }

  @Test
  void unreadableFilesAreReportedAndTheOthersStillAnalyzed(@TempDir Path tmp) throws Exception {
    Files.write(tmp.resolve("001_binary.sql"), new byte[] {'S', 'E', 0, 1, 2});
    Files.writeString(tmp.resolve("002_index.sql"), "CREATE INDEX i ON orders (a);\n");
    Run r = run(tmp, "", Map.of(), false, "check", ".");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("001_binary.sql:1:1: error[invalid-file] binary file")
        .contains("002_index.sql:1:1: warning[require-concurrent-index]");
  }

  @Test
  void rulesAndExplain() {
    Run rules = run("rules");
    assertThat(rules.code()).isZero();
    assertThat(rules.out()).contains("require-concurrent-index", "parse-error", "rules.");
    Run explain = run("explain", "require-concurrent-index");
    assertThat(explain.code()).isZero();
    assertThat(explain.out()).contains("# require-concurrent-index", "## Problem", "## Solution");
  }
}
