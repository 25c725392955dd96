package dev.godwit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.engine.LintSettings;
import dev.godwit.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  static final Map<String, String> RULES = Map.of(
      "require-concurrent-index", "require-concurrent-index",
      "require-if-exists", "require-if-exists",
      "old-index-rule", "require-concurrent-index");

  @TempDir
  Path dir;

  GodwitConfig parse(String yaml) {
    return ConfigFiles.parse(yaml, dir.resolve(".godwit.yml"), ".godwit.yml", RULES);
  }

  ConfigException error(String yaml) {
    try {
      parse(yaml);
    } catch (ConfigException e) {
      return e;
    }
    throw new AssertionError("no error for:\n" + yaml);
  }

  @Test
  void readsEveryKeyOfTheDesign() throws Exception {
    Files.createDirectories(dir.resolve("db/migration"));
    GodwitConfig c = parse("""
        postgres-version: 15
        migrations:                    # optional; auto-detected otherwise
          - path: db/migration
            format: flyway
        rules:
          require-concurrent-index: error
          old-index-rule: note
          require-if-exists: off
        immutable-tables: [events, snapshots]
        large-tables: [orders]
        exclude: ["db/migration/V1__baseline.sql"]
        require-downgrade: true
        """);
    assertThat(c.postgresVersion()).isEqualTo(15);
    assertThat(c.migrations()).containsExactly(
        new GodwitConfig.MigrationDir(dir.resolve("db/migration").toAbsolutePath().normalize(), dev.godwit.model.Format.FLYWAY, 3));
    assertThat(c.rules()).containsEntry("require-concurrent-index", "note").containsEntry("require-if-exists", "off");
    assertThat(c.immutableTables()).containsExactly("events", "snapshots");
    assertThat(c.largeTables()).containsExactly("orders");
    assertThat(c.exclude()).containsExactly("db/migration/V1__baseline.sql");
    assertThat(c.requireDowngrade()).isTrue();
  }

  @Test
  void anEmptyFileOrEmptySectionsAreFine() {
    assertThat(parse("")).isEqualTo(parse("# nothing\n"));
    assertThat(parse("rules:\n  # none yet\nexclude: []\n").rules()).isEmpty();
  }

  @Test
  void errorsNameTheLineAndTheValidChoices() {
    ConfigException unknown = error("postgres-version: 15\nrulez:\n  x: error\n");
    assertThat(unknown.line()).isEqualTo(2);
    assertThat(unknown.describe()).startsWith(".godwit.yml:2:1: unknown key \"rulez\" (did you mean rules?)")
        .contains("valid keys: postgres-version, migrations, rules, immutable-tables, large-tables, exclude,"
            + " require-downgrade");
    ConfigException level = error("rules:\n  require-if-exists: fatal\n");
    assertThat(level.line()).isEqualTo(2);
    assertThat(level.getMessage()).contains("\"fatal\"").contains("valid levels: error, warning, note, off");
    ConfigException rule = error("rules:\n  require-concurent-index: error\n");
    assertThat(rule.getMessage()).contains("did you mean require-concurrent-index?").contains("godwit rules");
    assertThat(error("postgres-version: 9\n").getMessage()).contains("valid versions: 10 to 18");
    assertThat(error("postgres-version: fifteen\n").getMessage()).contains("major version number");
    ConfigException format = error("migrations:\n  - path: .\n    format: flywya\n");
    assertThat(format.line()).isEqualTo(3);
    assertThat(format.getMessage()).contains("did you mean flyway?")
        .contains("flyway, golang-migrate, dbmate, liquibase-sql, sqitch, alembic, numbered, plain");
    assertThat(error("migrations:\n  - path: no/such/dir\n").getMessage()).contains("does not exist");
    assertThat(error("migrations:\n  - format: flyway\n").getMessage()).contains("needs a path");
    assertThat(error("migrations: db/migration\n").getMessage()).contains("must be a list");
    assertThat(error("require-downgrade: yes\n").getMessage()).contains("true or false");
    assertThat(error("large-tables: orders\n").getMessage()).contains("must be a list");
    assertThat(error("rules:\n  require-if-exists: off\n  require-if-exists: error\n").line()).isEqualTo(3);
    ConfigException yaml = error("rules:\n  require-if-exists: [\n");
    assertThat(yaml.getMessage()).startsWith("not valid YAML");
    assertThat(yaml.line()).isPositive();
    assertThat(error("- a\n- b\n").getMessage()).contains("must be a mapping");
  }

  @Test
  void idempotencyNamesAPolicy() {
    assertThat(parse("idempotency: outside-transaction\n").idempotency())
        .isEqualTo(dev.godwit.rule.IdempotencyPolicy.OUTSIDE_TRANSACTION);
    assertThat(parse("idempotency: off\n").idempotency()).isEqualTo(dev.godwit.rule.IdempotencyPolicy.OFF);
    assertThat(parse("postgres-version: 15\n").idempotency()).isNull();
    assertThat(Settings.merge(parse(""), new Flags(null, Set.of(), Set.of(), false)).idempotency())
        .isEqualTo(dev.godwit.rule.IdempotencyPolicy.ALWAYS);
    ConfigException bad = error("postgres-version: 15\nidempotency: outside\n");
    assertThat(bad.line()).isEqualTo(2);
    assertThat(bad.getMessage()).contains("\"outside\"").contains("valid values: always, outside-transaction, off");
  }

  @Test
  void yamlCannotConstructObjects() {
    // SnakeYAML Engine only builds nodes: a global tag is just an unknown value here, never a class.
    assertThat(error("postgres-version: !!javax.script.ScriptEngineManager [x]\n").getMessage())
        .contains("single value");
  }

  @Test
  void flagsWinOverTheFile() {
    GodwitConfig c = parse("postgres-version: 12\nrules:\n  require-concurrent-index: error\n  require-if-exists: off\n");
    LintSettings none = Settings.merge(c, new Flags(null, Set.of(), Set.of(), false));
    assertThat(none.pgVersion()).isEqualTo(12);
    assertThat(none.severities()).containsEntry("require-concurrent-index", Severity.ERROR);
    assertThat(none.disabled()).containsExactly("require-if-exists");
    LintSettings flags = Settings.merge(c,
        new Flags(16, Set.of("require-if-exists"), Set.of("require-concurrent-index"), true));
    assertThat(flags.pgVersion()).isEqualTo(16);
    assertThat(flags.disabled()).containsExactly("require-concurrent-index");
    assertThat(flags.severities()).doesNotContainKey("require-concurrent-index");
    assertThat(flags.enabled()).contains("require-if-exists");
    assertThat(flags.requireDowngrade()).isTrue();
    assertThat(Settings.merge(GodwitConfig.none(), new Flags(null, Set.of(), Set.of(), false)).pgVersion())
        .isEqualTo(LintSettings.NEWEST_PG);
  }

  @Test
  void excludeGlobsAreRelativeToTheFile() {
    Settings.Excludes ex = Settings.excludes(parse("exclude: [\"db/V1__baseline.sql\", \"legacy/**\", \"old\"]\n"));
    assertThat(ex.excludes(dir.resolve("db/V1__baseline.sql"))).isTrue();
    assertThat(ex.excludes(dir.resolve("db/V2__next.sql"))).isFalse();
    assertThat(ex.excludes(dir.resolve("legacy/a/b.sql"))).isTrue();
    assertThat(ex.excludes(dir.resolve("old/x.sql"))).isTrue();
    assertThat(ex.excludes(dir.resolve("older/x.sql"))).isFalse();
  }

  @Test
  void foundUpwardUpToTheRepositoryRoot() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("db/migrations"));
    assertThat(ConfigFiles.find(repo.resolve("db/migrations"))).isNull();
    Files.writeString(dir.resolve(".godwit.yml"), "postgres-version: 15\n"); // above the repository: ignored
    assertThat(ConfigFiles.find(repo.resolve("db/migrations"))).isNull();
    Files.writeString(repo.resolve(".godwit.yml"), "postgres-version: 15\n");
    assertThat(ConfigFiles.find(repo.resolve("db/migrations"))).isEqualTo(repo.resolve(".godwit.yml"));
    Path file = repo.resolve("db/migrations/V1__x.sql");
    Files.writeString(file, "SELECT 1;\n");
    assertThat(ConfigFiles.find(file)).isEqualTo(repo.resolve(".godwit.yml"));
  }

  @Test
  void theStarterFileIsValid() throws Exception {
    Files.createDirectories(dir.resolve("a b"));
    for (var detected : List.of(List.<StarterConfig.Detected>of(),
        List.of(new StarterConfig.Detected(".", dev.godwit.model.Format.PLAIN),
            new StarterConfig.Detected("a b", dev.godwit.model.Format.FLYWAY_JAVA)))) {
      GodwitConfig c = parse(StarterConfig.render(detected));
      assertThat(c.postgresVersion()).isEqualTo(LintSettings.NEWEST_PG);
      assertThat(c.migrations()).hasSize(detected.size());
      assertThat(c.idempotency()).isEqualTo(dev.godwit.rule.IdempotencyPolicy.ALWAYS);
    }
  }
}
