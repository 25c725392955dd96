package dev.godwit.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.SarifSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Action: action.yml's inputs and outputs against the documentation, no expression inside a
 * script, and its shell steps run here with a fake GITHUB_* environment against a temporary Git
 * repository, checking the annotations, job summary, outputs and SARIF they produce.
 */
class ActionTest {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Pattern EXPRESSION = Pattern.compile("^\\$\\{\\{\\s*(inputs|steps)\\.([\\w-]+)(?:\\.outputs\\.([\\w-]+))?\\s*}}$");

  @TempDir
  Path tmp;

  @SuppressWarnings("unchecked")
  static Map<String, Object> action() throws IOException {
    return (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(ROOT.resolve("action.yml")));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> section(String name) throws IOException {
    return (Map<String, Map<String, Object>>) action().get(name);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> steps() throws IOException {
    return (List<Map<String, Object>>) ((Map<String, Object>) action().get("runs")).get("steps");
  }

  @Test
  void inputsAndOutputsAreTheDocumentedOnes() throws IOException {
    Map<String, Map<String, Object>> inputs = section("inputs");
    assertThat(inputs.keySet()).contains("paths", "pg-version", "fail-on", "config", "changed-only", "sarif-file",
        "upload-sarif", "args", "distribution-url", "java-version");
    assertThat(inputs.get("upload-sarif")).as("SARIF is uploaded only when asked").containsEntry("default", "false");
    assertThat(section("outputs").keySet()).containsExactly("findings", "errors", "sarif-file");
    String docs = Files.readString(ROOT.resolve("docs/github-action.md"));
    for (Map.Entry<String, Map<String, Object>> in : inputs.entrySet()) {
      String def = String.valueOf(in.getValue().get("default"));
      String row = docs.lines().filter(l -> l.startsWith("| `" + in.getKey() + "` |")).findFirst().orElse(null);
      assertThat(row).as("docs/github-action.md has a table row for input %s", in.getKey()).isNotNull();
      assertThat(row).as("the row of %s names its default", in.getKey())
          .contains(def.isEmpty() ? "| (empty) |" : "| `" + def + "` |");
      assertThat(in.getValue().get("description")).as("input %s has a description", in.getKey()).isNotNull();
    }
    for (String out : section("outputs").keySet()) {
      assertThat(docs).as("docs/github-action.md documents output %s", out).contains("| `" + out + "` |");
    }
    assertThat(Files.readString(ROOT.resolve("README.md"))).contains("docs/github-action.md");
  }

  @Test
  void noExpressionIsPastedIntoAScript() throws IOException {
    for (Map<String, Object> step : steps()) {
      Object run = step.get("run");
      if (run != null) {
        assertThat(run.toString()).as("run: of step %s", step.get("name")).doesNotContain("${{");
        assertThat(step.get("shell")).as("shell of step %s", step.get("name")).isEqualTo("bash");
      } else {
        assertThat(step.get("uses").toString()).as("uses: is pinned to a version").matches("[\\w./-]+@v\\d+");
      }
    }
  }

  @Test
  void theActionLeavesTheJobsJavaAlone() throws IOException {
    for (Map<String, Object> step : steps()) {
      assertThat(String.valueOf(step.get("uses"))).as("step %s", step.get("name")).doesNotContain("setup-java");
    }
    try (Stream<Path> s = Files.list(ROOT.resolve("scripts"))) {
      for (Path p : s.filter(f -> f.getFileName().toString().startsWith("action-")).toList()) {
        assertThat(Files.readString(p)).as("%s changes no variable of later steps", p.getFileName())
            .doesNotContain("GITHUB_ENV").doesNotContain("GITHUB_PATH");
      }
    }
  }

  @Test
  void theSarifUploadRunsOnlyWhenAsked() throws IOException {
    Map<String, Object> upload = steps().stream()
        .filter(st -> String.valueOf(st.get("uses")).startsWith("github/codeql-action/upload-sarif")).findFirst()
        .orElseThrow();
    assertThat(String.valueOf(upload.get("if"))).contains("inputs.upload-sarif == 'true'");
  }

  @Test
  void onAPullRequestTheStepsReportTheChangedMigrations() throws Exception {
    Path repo = repository();
    Map<String, Path> files = new HashMap<>();
    Result r = runAction(repo, Map.of("fail-on", "warning"), "main", files);
    // only V3 is new on the branch; V2's finding is history (V3: 3 warnings and a require-if-not-exists note)
    assertThat(r.outputs.get("check")).containsEntry("findings", "3").containsEntry("errors", "0")
        .containsEntry("sarif-file", "godwit.sarif").containsEntry("exit-code", "1");
    assertThat(r.exitCodes.get("Fail on findings")).isEqualTo(1);
    String log = r.logs.get("check");
    assertThat(log).contains("Reporting only migrations changed against main");
    JsonNode sarif = validSarif(repo.resolve("godwit.sarif"));
    List<String> annotations = annotations(log);
    assertThat(annotations).hasSize(3);
    assertEveryResultIsAnnotated(sarif, annotations);
    assertThat(annotations).allMatch(a -> a.contains(" file=db/migration/V3__index_region.sql,line=1,"));
    String summary = Files.readString(files.get("summary"));
    assertThat(summary).contains("### Godwit").contains("2 warnings")
        .contains("`db/migration/V3__index_region.sql:1:1`").contains("require-down-migration");
  }

  @Test
  void onAPushEveryMigrationIsReported() throws Exception {
    Path repo = repository();
    Map<String, Path> files = new HashMap<>();
    Result r = runAction(repo, Map.of("paths", "db/migration", "sarif-file", "out/godwit.sarif"), "", files);
    assertThat(r.outputs.get("check")).containsEntry("findings", "11").containsEntry("exit-code", "0")
        .containsEntry("sarif-file", "out/godwit.sarif");
    assertThat(r.exitCodes.get("Fail on findings")).isZero();
    JsonNode sarif = validSarif(repo.resolve("out/godwit.sarif"));
    List<String> annotations = annotations(r.logs.get("check"));
    assertThat(annotations).hasSize(11);
    assertEveryResultIsAnnotated(sarif, annotations);
    assertThat(Files.readString(files.get("summary"))).contains("V2__add_region.sql");
  }

  @Test
  void aBadInputFailsTheJobWithoutRunningAnything() throws Exception {
    Path repo = repository();
    Result r = runAction(repo, Map.of("changed-only", "$(touch pwned)"), "main", new HashMap<>());
    assertThat(r.outputs.get("check")).containsEntry("exit-code", "2");
    assertThat(r.exitCodes.get("Fail on findings")).isEqualTo(2);
    assertThat(repo.resolve("pwned")).doesNotExist();
    Result paths = runAction(repo, Map.of("paths", "db/migration; touch pwned $(touch pwned2)", "changed-only", "false"),
        "", new HashMap<>());
    assertThat(paths.outputs.get("check")).containsEntry("exit-code", "2"); // no such file "db/migration;"
    assertThat(repo.resolve("pwned")).doesNotExist();
    assertThat(repo.resolve("pwned2")).doesNotExist();
  }

  @Test
  void extraArgsAreWordsNeverShellCode() throws Exception {
    Path repo = repository();
    Result r = runAction(repo, Map.of("paths", "db/migration", "changed-only", "false",
        "args", "--disable require-lock-timeout\n--immutable-table 'audit log'"), "", new HashMap<>());
    assertThat(r.outputs.get("check")).containsEntry("exit-code", "0");
    assertThat(annotations(r.logs.get("check"))).isNotEmpty().noneMatch(a -> a.contains("title=require-lock-timeout::"));

    Result injected = runAction(repo, Map.of("paths", "db/migration", "changed-only", "false",
        "args", "--fail-on never $(touch pwned) `touch pwned2` ; touch pwned3"), "", new HashMap<>());
    assertThat(injected.outputs.get("check")).containsEntry("exit-code", "2"); // no such file "$(touch"
    assertThat(repo.resolve("pwned")).doesNotExist();
    assertThat(repo.resolve("pwned2")).doesNotExist();
    assertThat(repo.resolve("pwned3")).doesNotExist();

    Result unmatched = runAction(repo, Map.of("changed-only", "false", "args", "--disable 'oops"), "", new HashMap<>());
    assertThat(unmatched.outputs.get("check")).containsEntry("exit-code", "2");
    assertThat(unmatched.logs.get("check")).contains("::error title=godwit::the args input cannot be split");
  }

  @Test
  void aPublishedDistributionIsDownloadedAndUnpacked() throws Exception {
    Path repo = repository();
    Path staged = tmp.resolve("release/godwit-9.9.9");
    fakeDistribution(staged);
    Path tarball = tmp.resolve("godwit-9.9.9-linux-x64.tar.gz");
    Process tar = new ProcessBuilder("tar", "-czf", tarball.toString(), "-C", staged.getParent().toString(),
        "godwit-9.9.9").redirectErrorStream(true).start();
    assertThat(tar.waitFor()).isZero();
    Assumptions.assumeTrue(hasCurl(), "curl is needed to download the distribution");
    String url = tarball.toUri().toString();
    Result r = runAction(repo, Map.of("paths", "db/migration", "distribution-url", url), "", new HashMap<>(), false);
    assertThat(r.logs.get("install")).contains("Downloading " + url).contains("Installed Godwit in");
    String dir = r.outputs.get("dist").get("dir");
    assertThat(r.outputs.get("dist").get("key")).contains("-url-");
    assertThat(r.outputs.get("install")).containsEntry("godwit", dir + "/bin/godwit");
    assertThat(Path.of(dir, "lib/godwit.jar")).isRegularFile();
    assertThat(r.outputs.get("check")).containsEntry("findings", "11").containsEntry("exit-code", "0");
  }

  static void assertEveryResultIsAnnotated(JsonNode sarif, List<String> annotations) {
    int results = 0;
    for (JsonNode res : sarif.path("runs").get(0).path("results")) {
      if (res.path("suppressions").size() > 0) {
        continue;
      }
      results++;
      JsonNode loc = res.path("locations").get(0).path("physicalLocation");
      JsonNode region = loc.path("region");
      String prefix = "::" + (res.path("level").asText().equals("note") ? "notice" : res.path("level").asText())
          + " file=" + loc.path("artifactLocation").path("uri").asText() + ",line=" + region.path("startLine").asInt()
          + ",endLine=" + region.path("endLine").asInt() + ",col=" + region.path("startColumn").asInt()
          + ",endColumn=" + region.path("endColumn").asInt() + ",title=" + res.path("ruleId").asText() + "::";
      assertThat(annotations).as("annotation for %s", res).anyMatch(a -> a.startsWith(prefix));
    }
    assertThat(annotations).hasSize(results);
  }

  static JsonNode validSarif(Path file) throws IOException {
    String text = Files.readString(file);
    assertThat(SarifSchema.validate(text)).as("SARIF schema errors").isEmpty();
    return new ObjectMapper().readTree(text);
  }

  static List<String> annotations(String log) {
    return log.lines().filter(l -> l.matches("::(error|warning|notice) file=.*")).toList();
  }

  /** A repository whose main branch has V1, V2 (with undo scripts) and whose feature branch adds V3. */
  Path repository() throws Exception {
    Assumptions.assumeTrue(hasTools(), "git and bash are needed to run the action's steps");
    Path repo = tmp.resolve("repo");
    Path from = ROOT.resolve("testdata/projects/history-demo");
    Files.createDirectories(repo.resolve("db/migration"));
    try (Stream<Path> s = Files.list(from.resolve("db/migration"))) {
      for (Path p : s.toList()) {
        Files.copy(p, repo.resolve("db/migration").resolve(p.getFileName()));
      }
    }
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "history");
    git(repo, "checkout", "-qb", "feature");
    Files.copy(from.resolve("new/V3__index_region.sql"), repo.resolve("db/migration/V3__index_region.sql"));
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "V3");
    return repo;
  }

  record Result(Map<String, Map<String, String>> outputs, Map<String, String> logs, Map<String, Integer> exitCodes) {}

  /**
   * Runs the action's `run:` steps as the runner would (bash -eo pipefail, env from `env:` with the
   * expressions evaluated, a fresh GITHUB_OUTPUT per step); `uses:` steps are checked, not run.
   */
  Result runAction(Path repo, Map<String, String> with, String baseRef, Map<String, Path> files) throws Exception {
    return runAction(repo, with, baseRef, files, true);
  }

  /**
   * As above; {@code cacheHit}: the actions/cache step restores a distribution (one running the classes
   * under test), else it restores nothing and the install step must fetch one.
   */
  @SuppressWarnings("unchecked")
  Result runAction(Path repo, Map<String, String> with, String baseRef, Map<String, Path> files, boolean cacheHit)
      throws Exception {
    Path actionDir = actionCheckout();
    Path githubEnv = Files.createTempFile(tmp, "github-env", ".txt");
    Map<String, String> inputs = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> in : section("inputs").entrySet()) {
      inputs.put(in.getKey(), String.valueOf(in.getValue().getOrDefault("default", "")));
    }
    inputs.putAll(with);
    Path summary = Files.createTempFile(tmp, "summary", ".md");
    files.put("summary", summary);
    Result result = new Result(new HashMap<>(), new HashMap<>(), new HashMap<>());
    for (Map<String, Object> step : steps()) {
      String name = (String) step.get("name");
      if (step.get("run") == null) {
        Map<String, Object> stepWith = (Map<String, Object>) step.get("with");
        if (String.valueOf(step.get("uses")).startsWith("github/codeql-action/upload-sarif")) {
          assertThat(stepWith).containsEntry("sarif_file", "${{ steps.check.outputs.sarif-file }}")
              .containsEntry("category", "${{ inputs.category }}");
        }
        if (String.valueOf(step.get("uses")).startsWith("actions/cache")) {
          String path = evaluate(String.valueOf(stepWith.get("path")), inputs, result.outputs);
          assertThat(evaluate(String.valueOf(stepWith.get("key")), inputs, result.outputs)).startsWith("godwit-dist-");
          assertThat(path).startsWith(tmp.toString());
          if (cacheHit) {
            fakeDistribution(Path.of(path));
          }
        }
        continue;
      }
      Path output = Files.createTempFile(tmp, "output", ".txt");
      Map<String, String> env = new HashMap<>();
      env.put("PATH", System.getenv("PATH"));
      env.put("HOME", tmp.toString());
      env.put("GITHUB_ACTION_PATH", actionDir.toString());
      env.put("GITHUB_WORKSPACE", repo.toString());
      env.put("GITHUB_OUTPUT", output.toString());
      env.put("GITHUB_STEP_SUMMARY", summary.toString());
      env.put("GITHUB_BASE_REF", baseRef);
      env.put("GITHUB_EVENT_NAME", baseRef.isEmpty() ? "push" : "pull_request");
      env.put("RUNNER_TEMP", tmp.toString());
      env.put("RUNNER_TOOL_CACHE", tmp.resolve("toolcache").toString());
      env.put("GITHUB_ENV", githubEnv.toString());
      Map<String, Object> stepEnv = (Map<String, Object>) step.getOrDefault("env", Map.of());
      for (Map.Entry<String, Object> e : stepEnv.entrySet()) {
        env.put(e.getKey(), evaluate(String.valueOf(e.getValue()), inputs, result.outputs));
      }
      Path script = Files.createTempFile(tmp, "step", ".sh");
      Files.writeString(script, step.get("run").toString());
      ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
          .directory(repo.toFile()).redirectErrorStream(true);
      pb.environment().clear();
      pb.environment().putAll(env);
      Process p = pb.start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      String id = step.get("id") == null ? name : step.get("id").toString();
      result.logs.put(id, log);
      result.exitCodes.put(name, code);
      Map<String, String> outs = new LinkedHashMap<>();
      for (String line : Files.readAllLines(output)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          outs.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      result.outputs.put(id, outs);
      if (!name.equals("Fail on findings")) {
        assertThat(code).as("step %s failed:%n%s", name, log).isZero();
      }
    }
    assertThat(Files.readString(githubEnv)).as("no step sets a variable (JAVA_HOME) for the user's later steps")
        .isEmpty();
    return result;
  }

  static String evaluate(String value, Map<String, String> inputs, Map<String, Map<String, String>> outputs) {
    Matcher m = EXPRESSION.matcher(value.trim());
    if (!m.matches()) {
      assertThat(value).as("an env value is a plain string or a simple expression").doesNotContain("${{");
      return value;
    }
    if (m.group(1).equals("inputs")) {
      assertThat(inputs).as("input %s exists", m.group(2)).containsKey(m.group(2));
      return inputs.get(m.group(2));
    }
    return outputs.getOrDefault(m.group(2), Map.of()).getOrDefault(m.group(3), "");
  }

  /**
   * A distribution as the tarball unpacks it: a `bin/godwit` launcher that runs the classes under test and
   * a placeholder jar (the real tarball is tested by DistributionIT).
   */
  static void fakeDistribution(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("bin"));
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(dir.resolve("lib/godwit.jar"), "");
    Path launcher = dir.resolve("bin/godwit");
    Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -cp '" + System.getProperty("java.class.path") + "' dev.godwit.cli.Main \"$@\"\n");
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
  }

  static boolean hasCurl() {
    try {
      return new ProcessBuilder("curl", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** The action's files as a checkout would have them (the distribution is restored from the cache). */
  Path actionCheckout() throws IOException {
    Path dir = tmp.resolve("action");
    if (Files.exists(dir)) {
      return dir;
    }
    Files.createDirectories(dir.resolve("scripts"));
    Files.copy(ROOT.resolve("action.yml"), dir.resolve("action.yml"));
    Files.copy(ROOT.resolve("pom.xml"), dir.resolve("pom.xml"));
    try (Stream<Path> s = Files.list(ROOT.resolve("scripts"))) {
      for (Path p : s.toList()) {
        Files.copy(p, dir.resolve("scripts").resolve(p.getFileName()));
      }
    }
    return dir;
  }

  static boolean hasTools() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0
          && new ProcessBuilder("bash", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.email=t@example.org", "-c", "user.name=t",
        "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
  }
}
