package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.cli.Main;
import dev.godwit.model.FlywayConfig;
import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.Statement;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway's own configuration files, read where they sit, and what they change in the findings. */
class FlywayConfigTest {
  static final Path SPRING = Path.of("testdata", "projects", "spring-flyway");

  @TempDir
  Path tmp;

  @Test
  void springProjectFindingsChangeWithItsApplicationYml() throws IOException {
    Path copy = tmp.resolve("spring-flyway");
    copyTree(SPRING, copy);
    Files.createDirectory(tmp.resolve(".git")); // the repository root: the lookup stops there
    String with = check(copy);
    Files.delete(copy.resolve("src/main/resources/application.yml"));
    String without = check(copy);

    // init-sqls sets lock_timeout for every migration: V2's ALTER TABLE is reported only without it
    assertThat(with).doesNotContain("V2__add_order_status.sql:1:1: warning[require-lock-timeout]");
    assertThat(without).contains("V2__add_order_status.sql:1:1: warning[require-lock-timeout]");
    // the placeholder's value in messages; unknown, it stays ${app_schema} as written (never __app_schema_)
    assertThat(without).contains("lock on ${app_schema}.orders").doesNotContain("__app_schema_");
    assertThat(with).doesNotContain("V2__add_order_status.sql:1:1: warning");
    // Flyway's lock is transactional in both runs (nothing sets it off)
    assertThat(with).contains("V3__index_orders_customer.sql:1:1: error[ban-concurrently-with-flyway-transactional-lock]");
    assertThat(without).contains("V3__index_orders_customer.sql:1:1: error[ban-concurrently-with-flyway-transactional-lock]");
    // the summary names the files read; application-prod.yml is a profile, not the defaults
    assertThat(with).contains("Flyway configuration read from ").contains("src/main/resources/application.yml")
        .doesNotContain("application-prod.yml");
    assertThat(without).doesNotContain("Flyway configuration read from");
  }

  @Test
  void placeholderValuesReachTheStatementsWithPositionsInTheFile() throws IOException {
    Project p = new ProjectReader(dev.godwit.format.ReadOptions.defaults(), Path.of("").toAbsolutePath())
        .read(List.of(SPRING.toAbsolutePath()));
    Migration v1 = p.migrations().stream().filter(m -> "1".equals(m.version())).findFirst().orElseThrow();
    Statement create = v1.up().get(0).statements().get(0);
    assertThat(create.sql()).startsWith("CREATE TABLE sales.orders");
    String file = v1.up().get(0).file().text();
    assertThat(file.substring(create.span().start(), create.span().end())).startsWith("CREATE TABLE ${app_schema}.orders")
        .endsWith(")");
    FlywayConfig c = p.flywayConfig(v1.up().get(0).file().path());
    assertThat(c.placeholders()).containsEntry("app_schema", "sales");
    assertThat(c.initSql()).hasSize(1);
    assertThat(c.transactionalLock()).isNull();
  }

  @Test
  void everyConfigurationFileKind() throws IOException {
    write("conf/flyway.conf", "flyway.sqlMigrationPrefix=M\nflyway.placeholders.schema=app\n");
    write("flyway.conf", "flyway.mixed=true\nflyway.initSql=SET lock_timeout = '2s'\n");
    write("flyway.toml", "[environments.prod]\nurl = \"jdbc:postgresql://db/app\"\n[flyway]\nlocations = [\n"
        + "  \"filesystem:sql\", # the scripts\n  \"classpath:db/more\"\n]\noutOfOrder = true\n"
        + "[flyway.postgresql]\ntransactional.lock = false\n");
    write("pom.xml", "<project><build><plugins><plugin><groupId>org.flywaydb</groupId>"
        + "<artifactId>flyway-maven-plugin</artifactId><configuration><sqlMigrationSeparator>--</sqlMigrationSeparator>"
        + "<placeholders><owner>ops</owner></placeholders><group>true</group></configuration></plugin></plugins>"
        + "</build></project>");
    write("src/main/resources/application.properties", "spring.flyway.sql-migration-suffixes=.sql,.pgsql\n"
        + "spring.flyway.init-sqls[0]=SET statement_timeout = '1h'\nspring.flyway.init-sqls[1]=SET lock_timeout = '4s'\n");
    Files.createDirectories(tmp.resolve("sql/nested"));
    FlywayConfigReader reader = new FlywayConfigReader(p -> tmp.relativize(p.toAbsolutePath()).toString());
    FlywayConfig c = reader.forDir(tmp.resolve("sql/nested"));
    assertThat(c.files()).containsExactly("conf/flyway.conf", "flyway.conf", "flyway.toml", "pom.xml",
        "src/main/resources/application.properties");
    assertThat(c.sqlMigrationPrefix()).isEqualTo("M");
    assertThat(c.sqlMigrationSeparator()).isEqualTo("--");
    assertThat(c.sqlMigrationSuffixes()).containsExactly(".sql", ".pgsql");
    assertThat(c.placeholders()).containsEntry("schema", "app").containsEntry("owner", "ops");
    assertThat(c.locations()).containsExactly("filesystem:sql", "classpath:db/more");
    assertThat(c.locationDirs()).contains("sql", "src/main/resources/db/more");
    assertThat(c.mixed()).isTrue();
    assertThat(c.group()).isTrue();
    assertThat(c.outOfOrder()).isTrue();
    assertThat(c.transactionalLock()).isFalse();
    assertThat(c.transactionalLockFile()).isEqualTo("flyway.toml");
    assertThat(c.initSql()).extracting(Statement::sql).containsExactly("SET statement_timeout = '1h'",
        "SET lock_timeout = '4s'");
    assertThat(c.initSqlFile()).isEqualTo("src/main/resources/application.properties");
  }

  @Test
  void springVendorPlaceholderInLocationsIsPostgresql() throws IOException {
    write("src/main/resources/application.yml", "spring:\n  flyway:\n    locations:\n"
        + "      - classpath:db/migration/{vendor}\n      - classpath:db/common\n---\n"
        + "spring:\n  config:\n    activate:\n      on-profile: test\n  flyway:\n    mixed: true\n");
    FlywayConfig c = new FlywayConfigReader(p -> tmp.relativize(p.toAbsolutePath()).toString()).forDir(tmp);
    assertThat(c.locationDirs()).contains("src/main/resources/db/migration/postgresql", "src/main/resources/db/common");
    assertThat(c.mixed()).as("the test profile's document is not read").isFalse();
  }

  @Test
  void nothingConfiguredIsFlywaysDefaults() {
    FlywayConfigReader reader = new FlywayConfigReader(p -> p.toString());
    assertThat(reader.forDir(tmp)).isSameAs(FlywayConfig.DEFAULTS);
    assertThat(reader.found()).isEmpty();
  }

  @Test
  void customPrefixAndSeparatorNameMigrations() {
    FlywayConfig c = new FlywayConfig("", List.of("flyway.conf"), List.of(), List.of(), Map.of(), true, "M", "U",
        "R", "-", List.of(".sql"), false, false, false, List.of(), null, null, null);
    assertThat(FlywayNames.canonical("M2-add_index.sql", c)).isEqualTo("V2__add_index.sql");
    assertThat(FlywayNames.description("M2-add_index.sql", c)).isEqualTo("add index");
    assertThat(Flyway.NAME.matcher(FlywayNames.canonical("V2__add_index.sql", c)).matches()).isFalse();
    assertThat(FlywayNames.canonical("V2__add_index.sql", FlywayConfig.DEFAULTS)).isEqualTo("V2__add_index.sql");
  }

  private void write(String rel, String text) throws IOException {
    Path f = tmp.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private static String check(Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"check", "--fail-on", "never", "."}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), dir.toAbsolutePath(), false);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(all::add);
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target);
      }
    }
  }
}
