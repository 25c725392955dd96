package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `godwit check` reads with no configured folder: the folders that look like migrations, never test
 * fixtures or stray SQL; what is named on the command line, always; and exit 2 when nothing is found.
 */
class DiscoveryTest {
  static final String BAD = "ALTER TABLE orders ADD COLUMN region_code text NOT NULL;\n";

  @TempDir
  Path repo;

  void write(String path, String text) throws IOException {
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  /** A service with Flyway migrations, an Alembic history, and SQL that is not a migration. */
  void service() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    write("src/main/resources/db/migration/V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
    write("src/main/resources/db/migration/V2__region.sql", "ALTER TABLE orders ADD COLUMN region text;\n");
    write("alembic/versions/1a2b3c_audit.py", """
        revision = "1a2b3c"
        down_revision = None


        def upgrade():
            op.execute("CREATE TABLE audit (id bigint PRIMARY KEY)")


        def downgrade():
            op.execute("DROP TABLE audit")
        """);
    write("src/test/resources/db/migration/V1__fixture.sql", BAD);
    write("test/fixtures/broken.sql", BAD);
    write("testdata/cases/V1__case.sql", BAD);
    write("node_modules/pkg/migrations/001_x.sql", BAD);
    write("docs/queries/report.sql", BAD);
    write("scripts/cleanup.sql", BAD);
  }

  @Test
  void withoutConfigOnlyFoldersThatLookLikeMigrationsAreRead() throws IOException {
    service();
    MainTest.Run r = MainTest.run(repo, "", Map.of(), false, "check", "--fail-on", "error");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("in 3 files").doesNotContain("fixture").doesNotContain("report.sql")
        .doesNotContain("cleanup.sql").doesNotContain("ban-add-required-column")
        .contains("Folders read: alembic/versions, src/main/resources/db/migration");
  }

  @Test
  void whatIsNamedIsReadWhateverItsFolder() throws IOException {
    service();
    MainTest.Run fixture = MainTest.run(repo, "", Map.of(), false, "check", "src/test/resources/db/migration");
    assertThat(fixture.code()).isEqualTo(1);
    assertThat(fixture.out()).contains("V1__fixture.sql:1:").contains("error[ban-add-required-column]")
        .contains("Folders read: src/test/resources/db/migration");
    MainTest.Run testdata = MainTest.run(repo, "", Map.of(), false, "check", "testdata");
    assertThat(testdata.code()).isEqualTo(1);
    assertThat(testdata.out()).contains("V1__case.sql:1:");

    // a lone .sql file is read, though its folder looks like no migrations
    MainTest.Run lone = MainTest.run(repo, "", Map.of(), false, "check", "docs/queries/report.sql");
    assertThat(lone.code()).isEqualTo(1);
    assertThat(lone.out()).contains("docs/queries/report.sql:1:").contains("Folders read: docs/queries");
  }

  @Test
  void fixtureFoldersBelowANamedFolderAreSkipped() throws IOException {
    service();
    MainTest.Run r = MainTest.run(repo, "", Map.of(), false, "check", "src");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("in 2 files").doesNotContain("fixture");
  }

  @Test
  void noMigrationFoundExitsTwoAndSaysWhereItLooked() throws IOException {
    write("docs/queries/report.sql", BAD.replace("ALTER TABLE orders ADD COLUMN region_code text NOT NULL", "SELECT 1"));
    write("src/test/resources/db/migration/V1__fixture.sql", BAD);
    MainTest.Run r = MainTest.run(repo, "", Map.of(), false, "check");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no migration found: searched . and its sub-folders")
        .contains("src/test").contains("godwit check PATH");

    Files.createDirectories(repo.resolve("empty"));
    MainTest.Run empty = MainTest.run(repo, "", Map.of(), false, "check", "empty");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("no migration found in empty");
  }
}
