package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of issue 5 on the example projects in testdata/projects/. */
class CheckOptionsTest {
  static final Path PROJECTS = Path.of("testdata/projects").toAbsolutePath();

  @TempDir
  Path tmp;

  static MainTest.Run run(Path workDir, String... args) {
    return MainTest.run(workDir, "", Map.of(), false, args);
  }

  /** A copy of an example project, so tests may change it. */
  Path copy(String project) throws IOException {
    Path from = PROJECTS.resolve(project);
    Path to = tmp.resolve(project);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.email=t@example.org", "-c", "user.name=t",
        "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
  }

  @Test
  void configFileSetsLevelsExcludesAndFlagsWin() {
    Path wd = PROJECTS.getParent().getParent();
    MainTest.Run r = run(wd, "check", "testdata/projects/config-demo", "--format", "gcc");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    // raised to error by the file; V1__baseline.sql excluded; require-if-exists and require-lock-timeout off
    assertThat(r.out()).isEqualTo(
        "testdata/projects/config-demo/db/migrations/V2__index_customer.sql:1:1: error: CREATE INDEX"
            + " orders_customer_id_idx on orders takes a SHARE lock: it blocks INSERT, UPDATE and DELETE on orders until"
            + " the index is built. [require-concurrent-index]\n"
            + "testdata/projects/config-demo/db/migrations/V3__drop_status_index.sql:1:1: warning: DROP INDEX"
            + " orders_status_idx takes an ACCESS EXCLUSIVE lock on orders: it blocks reads and writes on orders until"
            + " the drop completes. [require-concurrent-drop-index]\n");
    assertThat(run(wd, "check", "testdata/projects/config-demo", "--disable", "require-concurrent-index").code())
        .isZero();
    // without a PATH the configured migrations folder is read, relative to the file, from any directory
    MainTest.Run inside = run(PROJECTS.resolve("config-demo"), "check", "--format", "gcc");
    assertThat(inside.out()).startsWith("db/migrations/V2__index_customer.sql:1:1: error:");
    assertThat(run(wd, "check", "testdata/projects/config-demo", "--no-config", "--format", "gcc").out())
        .contains("V2__index_customer.sql:1:1: warning:");
  }

  @Test
  void configErrorsExitTwoWithFileLineAndChoices() throws Exception {
    Path wd = PROJECTS.getParent().getParent();
    MainTest.Run r = run(wd, "check", "testdata/projects/config-invalid");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("godwit: testdata/projects/config-invalid/.godwit.yml:3:3: unknown rule"
        + " \"require-concurent-index\" (did you mean require-concurrent-index?); `godwit rules` lists the valid ids\n");
    Path bad = tmp.resolve("bad.yml");
    Files.writeString(bad, "postgres-version: 15\nfail-on: warning\n");
    MainTest.Run unknownKey = run(tmp, "check", "--config", "bad.yml", wd.resolve("testdata/example").toString());
    assertThat(unknownKey.code()).isEqualTo(2);
    assertThat(unknownKey.err()).startsWith("godwit: bad.yml:2:1: unknown key \"fail-on\"").contains("valid keys: ");
    assertThat(run(tmp, "check", "--config", "missing.yml").err()).contains("--config missing.yml: no such file");
  }

  @Test
  void aConfiguredFolderFormatDecidesHowItsSqlFilesAreRead() throws Exception {
    Path dir = tmp.resolve("formats");
    Files.createDirectories(dir.resolve("flyway"));
    Files.createDirectories(dir.resolve("scripts"));
    String sql = "CREATE TABLE orders (id bigint PRIMARY KEY);\nCOMMENT ON TABLE orders IS 'Orders';\n";
    Files.writeString(dir.resolve("flyway/V1__orders.sql"), sql);
    Files.writeString(dir.resolve("scripts/V1__orders.sql"), sql);
    // detected, both are Flyway migrations in a transaction: a failure rolls back, only notes remain
    assertThat(run(dir, "check", "--format", "gcc", "--no-config", "flyway", "scripts").out().lines()
        .filter(l -> !l.contains(": note: "))).isEmpty();
    // configured as plain SQL, scripts/ runs statement by statement: CREATE TABLE needs IF NOT EXISTS there
    Files.writeString(dir.resolve(".godwit.yml"), "migrations:\n  - path: flyway\n    format: flyway\n"
        + "  - path: scripts\n    format: plain\n");
    MainTest.Run r = run(dir, "check", "--format", "gcc");
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().filter(l -> !l.contains(": note: ")).toList()).as(r.out()).singleElement().asString()
        .startsWith("scripts/V1__orders.sql:1:1: warning: CREATE TABLE orders has no IF NOT EXISTS");
    // the command line's --migration-format wins over the file
    assertThat(run(dir, "check", "--format", "gcc", "--migration-format", "flyway").out().lines()
        .filter(l -> !l.contains(": note: "))).isEmpty();
  }

  @Test
  void baselineAcceptsKnownFindingsThroughLineShiftsAndReportsNewOnes() throws Exception {
    Path p = copy("legacy-demo");
    MainTest.Run first = run(p, "check", "--fail-on", "warning");
    assertThat(first.code()).isEqualTo(1);
    MainTest.Run write = run(p, "check", "--write-baseline", "godwit-baseline.json");
    assertThat(write.code()).isZero();
    assertThat(write.err()).contains("wrote 8 findings to godwit-baseline.json");
    JsonNode doc = new ObjectMapper().readTree(p.resolve("godwit-baseline.json").toFile());
    assertThat(doc.path("godwit-baseline").asInt()).isEqualTo(1);
    assertThat(doc.path("findings").size()).isEqualTo(8);
    assertThat(doc.path("findings").get(0).path("path").asText()).isEqualTo("migrations/0001_create_orders.sql");

    MainTest.Run clean = run(p, "check", "--baseline", "godwit-baseline.json", "--fail-on", "note");
    assertThat(clean.code()).isZero();
    assertThat(clean.out()).contains("No findings");
    assertThat(clean.err()).contains("8 known findings accepted").doesNotContain("match nothing");

    // lines shift above a known finding, and a statement with a new finding is added
    Path idx = p.resolve("migrations/0002_index_orders.sql");
    Files.writeString(idx, "-- reviewed in 2023\n\n" + Files.readString(idx).replace("CREATE INDEX orders_status_idx",
        "CREATE INDEX orders_region_idx ON orders (region);\nCREATE INDEX orders_status_idx"));
    MainTest.Run shifted = run(p, "check", "--baseline", "godwit-baseline.json", "--format", "gcc");
    assertThat(shifted.code()).isZero(); // warnings only
    assertThat(shifted.out().lines().toList()).hasSize(2).allMatch(l -> l.contains("orders_region_idx"));
    assertThat(shifted.err()).contains("8 known findings accepted");

    // a known finding goes away: its entry is reported as gone
    Files.writeString(p.resolve("migrations/0003_drop_legacy.sql"), "DROP TABLE IF EXISTS legacy_orders;\n");
    MainTest.Run gone = run(p, "check", "--baseline", "godwit-baseline.json", "--format", "gcc");
    assertThat(gone.err()).contains("5 known findings accepted; 3 of its entries match nothing any more");

    Files.writeString(p.resolve("broken.json"), "{\"findings\": []}");
    assertThat(run(p, "check", "--baseline", "broken.json").err()).contains("not a Godwit baseline");
    assertThat(run(p, "check", "--baseline", "broken.json").code()).isEqualTo(2);
  }

  @Test
  void changedSinceReportsOnlyNewMigrationsButReadsTheHistory() throws Exception {
    Assumptions.assumeTrue(hasGit(), "git is not installed");
    Path p = copy("history-demo");
    Path pending = p.resolve("new/V3__index_region.sql");
    Path added = p.resolve("db/migration/V3__index_region.sql");
    Files.move(pending, added.resolveSibling("V3__tmp.keep"));
    git(p, "init", "-q");
    git(p, "add", "db");
    git(p, "commit", "-qm", "history");
    Files.move(added.resolveSibling("V3__tmp.keep"), added);

    MainTest.Run all = run(p, "check", "db/migration", "--format", "gcc", "--fail-on", "never");
    assertThat(all.out()).contains("V2__add_region.sql").contains("V3__index_region.sql");
    MainTest.Run changed = run(p, "check", "db/migration", "--changed-since", "HEAD", "--format", "gcc", "--fail-on", "warning");
    assertThat(changed.out().lines().toList()).as(changed.out()).isNotEmpty()
        .allMatch(l -> l.startsWith("db/migration/V3__index_region.sql:"));
    // V3 has no U3 while the history has U files: only reading V1 and V2 tells that a downgrade is expected
    assertThat(changed.out()).contains("[require-down-migration]").contains("[require-concurrent-index]");
    assertThat(changed.code()).isEqualTo(1);
    // a baseline of the whole history, applied to the changed files only: no entry counts as gone
    assertThat(run(p, "check", "db/migration", "--write-baseline", "base.json").code()).isZero();
    MainTest.Run based = run(p, "check", "db/migration", "--changed-since", "HEAD", "--baseline", "base.json");
    assertThat(based.err()).contains("3 known findings accepted").doesNotContain("match nothing");

    git(p, "add", "db");
    git(p, "commit", "-qm", "V3");
    assertThat(run(p, "check", "db/migration", "--changed-since", "HEAD~1", "--format", "gcc").out())
        .contains("V3__index_region.sql").doesNotContain("V2__");
    MainTest.Run none = run(p, "check", "db/migration", "--changed-since", "HEAD");
    assertThat(none.code()).isZero();
    assertThat(none.out()).contains("No findings");
    assertThat(run(p, "check", "--changed-since", "no-such-ref").err()).contains("no such commit");
  }

  @Test
  void aNamedFileIsReportedAloneButSeesTheMigrationsBeforeIt() throws Exception {
    Path p = copy("history-demo");
    Files.move(p.resolve("new/V3__index_region.sql"), p.resolve("db/migration/V3__index_region.sql"));
    MainTest.Run r = run(p, "check", "db/migration/V3__index_region.sql", "--format", "gcc");
    assertThat(r.out().lines().toList()).isNotEmpty().allMatch(l -> l.startsWith("db/migration/V3__index_region.sql:"));
    assertThat(r.out()).contains("[require-down-migration]");
  }

  @Test
  void diffShowsAndFixAppliesTheSafeFixes() throws Exception {
    Path p = copy("fix-demo");
    String before1 = Files.readString(p.resolve("sql/0001_create_orders.sql"));
    String before2 = Files.readString(p.resolve("sql/0002_in_transaction.sql"));
    MainTest.Run diff = run(p, "check", "--diff");
    assertThat(diff.code()).isEqualTo(1);
    assertThat(diff.out()).isEqualTo("""
        --- a/sql/0001_create_orders.sql
        +++ b/sql/0001_create_orders.sql
        @@ -1,8 +1,8 @@
         -- Plain SQL, run in autocommit mode: every statement commits on its own.
        -CREATE TABLE orders (
        +CREATE TABLE IF NOT EXISTS orders (
             id bigint PRIMARY KEY,
             customer_id bigint NOT NULL
         );
        \s
        -CREATE INDEX orders_customer_id_idx ON orders (customer_id);
        +CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
         COMMENT ON TABLE orders IS 'One row per order';
        --- a/sql/0002_in_transaction.sql
        +++ b/sql/0002_in_transaction.sql
        @@ -3,5 +3,5 @@
         CREATE INDEX orders_id_customer_idx ON orders (id, customer_id);
         COMMIT;
        \s
        -DROP INDEX orders_customer_id_idx;
        +DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;
         ANALYZE orders;
        """);
    assertThat(Files.readString(p.resolve("sql/0001_create_orders.sql"))).isEqualTo(before1); // --diff writes nothing
    MainTest.Run sarif = run(p, "check", "--format", "sarif");
    assertThat(dev.godwit.SarifSchema.validate(sarif.out())).as("SARIF schema errors").isEmpty();
    JsonNode fixes = new ObjectMapper().readTree(sarif.out()).findValue("fixes");
    assertThat(fixes.get(0).path("description").path("text").asText()).isEqualTo("Add IF NOT EXISTS");
    assertThat(fixes.get(0).path("artifactChanges").get(0).path("replacements").get(0).path("insertedContent")
        .path("text").asText()).isEqualTo("IF NOT EXISTS ");
    if (hasGit()) {
      git(p, "init", "-q");
      Files.writeString(p.resolve("fixes.patch"), diff.out());
      git(p, "apply", "--check", "fixes.patch");
    }

    MainTest.Run fix = run(p, "check", "--fix", "--format", "gcc", "--fail-on", "warning");
    assertThat(fix.err()).contains("applied 4 fixes in 2 files");
    // left: the unsafe CONCURRENTLY fix (whose finding also carries the lock_timeout advice: one hazard, one finding)
    assertThat(fix.out().lines().toList()).as(fix.out()).hasSize(1)
        .allMatch(l -> l.contains("0002_in_transaction.sql:3:1: warning:"))
        .anyMatch(l -> l.contains("[require-concurrent-index]"));
    assertThat(Files.readString(p.resolve("sql/0002_in_transaction.sql")))
        .isEqualTo(before2.replace("DROP INDEX orders_customer_id_idx", "DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx"));
    assertThat(run(p, "check", "--diff").out()).isEmpty();

    MainTest.Run unsafe = run(p, "check", "--fix", "--unsafe-fixes", "--fail-on", "warning");
    assertThat(unsafe.err()).contains("applied 1 fix in 1 file");
    assertThat(Files.readString(p.resolve("sql/0002_in_transaction.sql")))
        .contains("CREATE INDEX CONCURRENTLY orders_id_customer_idx");
    assertThat(run(p, "check", "--fix", "--diff").code()).isEqualTo(2);
  }

  @Test
  void largeTablesRaiseLockingFindingsToError() throws Exception {
    Path p = copy("history-demo");
    MainTest.Run before = run(p, "check", "db/migration", "--format", "gcc");
    assertThat(before.code()).isZero();
    Files.writeString(p.resolve(".godwit.yml"), "large-tables: [public.orders]\n");
    MainTest.Run after = run(p, "check", "db/migration", "--format", "gcc");
    assertThat(after.code()).isEqualTo(1);
    assertThat(after.out()).contains("V2__add_region.sql:2:1: error: CREATE INDEX orders_id_region_idx on orders takes a"
        + " SHARE lock").contains("(orders is listed in large-tables) [require-concurrent-index]");
  }

  @Test
  void gitlabReportIsCodeQualityJson() throws Exception {
    Path wd = PROJECTS.getParent().getParent();
    MainTest.Run r = run(wd, "check", "testdata/projects/config-demo", "--format", "gitlab");
    JsonNode issues = new ObjectMapper().readTree(r.out());
    assertThat(issues.isArray()).isTrue();
    assertThat(issues.size()).isEqualTo(2);
    JsonNode first = issues.get(0);
    assertThat(first.path("check_name").asText()).isEqualTo("require-concurrent-index");
    assertThat(first.path("severity").asText()).isEqualTo("major");
    assertThat(first.path("fingerprint").asText()).hasSize(32);
    assertThat(first.path("location").path("path").asText())
        .isEqualTo("testdata/projects/config-demo/db/migrations/V2__index_customer.sql");
    assertThat(first.path("location").path("lines").path("begin").asInt()).isEqualTo(1);
    assertThat(issues.get(1).path("severity").asText()).isEqualTo("minor");
  }

  @Test
  void machinePathsAreRelativeToTheRepositoryRootWhereverGodwitStarts() throws Exception {
    Assumptions.assumeTrue(hasGit(), "git is not installed");
    Path repo = copy("history-demo");
    git(repo, "init", "-q");
    Path sub = repo.resolve("db");
    MainTest.Run r = run(sub, "check", "migration", "--format", "sarif", "--format", "gcc", "--fail-on", "never");
    JsonNode sarif = new ObjectMapper().readTree(r.out().substring(0, r.out().lastIndexOf("}") + 1));
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .isEqualTo(repo.toUri().toString());
    for (JsonNode res : run.path("results")) {
      String uri = res.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
      assertThat(uri).startsWith("db/migration/");
      assertThat(Files.exists(repo.resolve(uri))).isTrue();
    }
    assertThat(r.out()).contains("\nmigration/V2__add_region.sql:2:1: warning:"); // gcc: relative to the working directory
  }

  @Test
  void initWritesAValidStarterFileAndPrintsTheSnippets() throws Exception {
    Path p = copy("history-demo");
    Files.delete(p.resolve("new/V3__index_region.sql"));
    MainTest.Run r = run(p, "init");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("uses: godwit-dev/godwit@").contains("id: godwit").contains("security-events: write");
    String yml = Files.readString(p.resolve(".godwit.yml"));
    assertThat(yml).contains("  - path: db/migration\n    format: flyway\n");
    assertThat(run(p, "init").code()).isEqualTo(2);
    assertThat(run(p, "init", "--force").code()).isZero();
    MainTest.Run check = run(p, "check", "--format", "gcc");
    assertThat(check.err()).isEmpty();
    assertThat(check.out()).contains("db/migration/V2__add_region.sql");
  }

  static boolean hasGit() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
