package dev.godwit.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook of .pre-commit-hooks.yaml, run by the real pre-commit (Debian package pre-commit; .ci/run
 * installs it) against a temporary repository. Skipped where pre-commit is not installed.
 */
class PreCommitTest {
  static final Path ROOT = Path.of("").toAbsolutePath();

  @TempDir
  Path tmp;

  record Run(int code, String out) {}

  Run run(Path dir, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("HOME", tmp.toString());
    env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
    env.put("GIT_AUTHOR_NAME", "t");
    env.put("GIT_AUTHOR_EMAIL", "t@example.org");
    env.put("GIT_COMMITTER_NAME", "t");
    env.put("GIT_COMMITTER_EMAIL", "t@example.org");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.remove("NO_COLOR");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  void ok(Path dir, String... cmd) throws Exception {
    Run r = run(dir, cmd);
    assertThat(r.code()).as("%s: %s", String.join(" ", cmd), r.out()).isZero();
  }

  static boolean installed() {
    try {
      return new ProcessBuilder("pre-commit", "--version").redirectErrorStream(true).start().waitFor() == 0
          && new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void theHookChecksStagedMigrationsWithTheRealPreCommit() throws Exception {
    assumeTrue(installed(), "pre-commit is not installed (apt-get install pre-commit)");
    String rev = hookRepository();
    Path repo = tmp.resolve("app");
    Files.createDirectories(repo.resolve("db/migration"));
    Files.createDirectories(repo.resolve("docs"));
    try (Stream<Path> s = Files.list(ROOT.resolve("testdata/projects/history-demo/db/migration"))) {
      for (Path p : s.toList()) {
        Files.copy(p, repo.resolve("db/migration").resolve(p.getFileName()));
      }
    }
    Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + tmp.resolve("hooks")
        + "\n    rev: " + rev + "\n    hooks:\n      - id: godwit\n");
    ok(repo, "git", "init", "-q");
    ok(repo, "git", "add", ".");
    ok(repo, "git", "commit", "-qm", "history");

    // a new migration with an error, and SQL outside any migration folder that must not be checked
    String bad = "ALTER TABLE orders ADD COLUMN region_code text NOT NULL;\n";
    Files.writeString(repo.resolve("db/migration/V3__region_code.sql"), bad);
    Files.writeString(repo.resolve("db/migration/U3__region_code.sql"), "ALTER TABLE orders DROP COLUMN region_code;\n");
    Files.writeString(repo.resolve("docs/example.sql"), bad);
    ok(repo, "git", "add", ".");
    Run failing = run(repo, "pre-commit", "run", "--color", "never");
    assertThat(failing.code()).as(failing.out()).isEqualTo(1);
    assertThat(failing.out()).contains("godwit (PostgreSQL migration safety)").contains("Failed")
        .contains("db/migration/V3__region_code.sql:1:").contains("ban-add-required-column")
        .doesNotContain("docs/example.sql").doesNotContain("V2__add_region.sql");

    Files.writeString(repo.resolve("db/migration/V3__region_code.sql"),
        "ALTER TABLE orders ADD COLUMN region_code text;\n");
    ok(repo, "git", "add", ".");
    Run passing = run(repo, "pre-commit", "run", "--color", "never");
    assertThat(passing.code()).as(passing.out()).isZero();
    assertThat(passing.out()).contains("godwit (PostgreSQL migration safety)").contains("Passed");

    Run nothing = run(repo, "pre-commit", "run", "--color", "never", "--files", "docs/example.sql");
    assertThat(nothing.code()).as(nothing.out()).isZero();
    assertThat(nothing.out()).contains("(no files to check)Skipped");
  }

  /** Liquibase XML and Alembic migrations are handed to the hook too (not only .sql files). */
  @Test
  void theHookChecksLiquibaseXmlAndPythonMigrations() throws Exception {
    assumeTrue(installed(), "pre-commit is not installed (apt-get install pre-commit)");
    String rev = hookRepository();
    Path repo = tmp.resolve("service");
    Path changelog = Files.createDirectories(repo.resolve("src/main/resources/db/changelog"));
    Path versions = Files.createDirectories(repo.resolve("alembic/versions"));
    Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + tmp.resolve("hooks")
        + "\n    rev: " + rev + "\n    hooks:\n      - id: godwit\n");
    Files.writeString(changelog.resolve("db.changelog-master.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="1-invoices" author="ines">
            <createTable tableName="invoices">
              <column name="id" type="BIGINT"><constraints primaryKey="true"/></column>
            </createTable>
          </changeSet>
        </databaseChangeLog>
        """);
    ok(repo, "git", "init", "-q");
    ok(repo, "git", "add", ".");
    ok(repo, "git", "commit", "-qm", "invoices");

    Files.writeString(changelog.resolve("db.changelog-master.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="1-invoices" author="ines">
            <createTable tableName="invoices">
              <column name="id" type="BIGINT"><constraints primaryKey="true"/></column>
            </createTable>
          </changeSet>
          <changeSet id="2-invoice-currency" author="ines">
            <addColumn tableName="invoices">
              <column name="currency" type="CHAR(3)"><constraints nullable="false"/></column>
            </addColumn>
          </changeSet>
        </databaseChangeLog>
        """);
    Files.writeString(versions.resolve("7f3a9c_refunds.py"), """
        \"\"\"refunds

        Revision ID: 7f3a9c
        Revises:
        \"\"\"
        from alembic import op

        revision = "7f3a9c"
        down_revision = None


        def upgrade():
            op.execute("CREATE TABLE refunds (id bigint PRIMARY KEY, invoice_id bigint)")
            op.execute("ALTER TABLE payments ADD COLUMN refund_reason text NOT NULL")


        def downgrade():
            op.execute("DROP TABLE refunds")
        """);
    ok(repo, "git", "add", ".");
    Run failing = run(repo, "pre-commit", "run", "--color", "never", "--verbose");
    assertThat(failing.code()).as(failing.out()).isEqualTo(1);
    assertThat(failing.out()).contains("Failed")
        .contains("src/main/resources/db/changelog/db.changelog-master.xml:10:13: error[ban-add-required-column]")
        .contains("alembic/versions/7f3a9c_refunds.py:14:38: error[ban-add-required-column]");
  }

  /**
   * The hook repository as pre-commit clones it: the hook manifest and script from this checkout, a
   * {@code godwit} launcher running the classes under test, and a placeholder jar so the script does
   * not build (that needs Maven and the network).
   */
  String hookRepository() throws Exception {
    Path hooks = tmp.resolve("hooks");
    Files.createDirectories(hooks.resolve("scripts"));
    Files.createDirectories(hooks.resolve("target"));
    Files.copy(ROOT.resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
    Path script = hooks.resolve("scripts/pre-commit-hook.sh");
    Files.copy(ROOT.resolve("scripts/pre-commit-hook.sh"), script);
    script.toFile().setExecutable(true);
    Files.writeString(hooks.resolve("target/godwit.jar"), "");
    Path launcher = hooks.resolve("godwit");
    Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -cp '" + System.getProperty("java.class.path") + "' dev.godwit.cli.Main \"$@\"\n");
    launcher.toFile().setExecutable(true);
    ok(hooks, "git", "init", "-q");
    ok(hooks, "git", "add", ".");
    ok(hooks, "git", "commit", "-qm", "hooks");
    Run rev = run(hooks, "git", "rev-parse", "HEAD");
    return rev.out().strip();
  }
}
