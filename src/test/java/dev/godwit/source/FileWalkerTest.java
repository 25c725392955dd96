package dev.godwit.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders {@link FileWalker#discover} takes for migrations, and which {@link FileWalker#walk} skips. */
class FileWalkerTest {
  @TempDir
  Path root;

  Path write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  List<String> discovered() {
    return FileWalker.discover(root).stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
  }

  @Test
  void eachKnownFormatIsFoundByItsNamesOrItsContent() throws IOException {
    write("flyway/db/migration/2.40/V2_40_1__a.sql", "SELECT 1;\n");
    write("flyway/db/migration/2.41/V2_41_1__b.sql", "SELECT 1;\n");
    write("java/src/main/java/db/migration/V3__Backfill.java", "class V3__Backfill {}\n");
    write("golang/sql/000001_init.up.sql", "SELECT 1;\n");
    write("dbmate/schema/20240101120000_init.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n");
    write("liquibase/src/main/resources/db/changelog/db.changelog-master.yaml", "databaseChangeLog:\n");
    write("liquibase/src/main/resources/db/changelog/changes/001.yaml", "databaseChangeLog:\n");
    write("liquibase-xml/config/master.xml", "<databaseChangeLog xmlns=\"x\"/>\n");
    write("liquibase-sql/sql/changes.sql", "--liquibase formatted sql\n");
    write("alembic/versions/1a_x.py", "down_revision = None\n");
    write("custom-alembic/revisions/1a_x.py", "revision = '1a'\ndown_revision = None\n");
    write("sqitch/sqitch.plan", "%project=x\n");
    write("sqitch/deploy/users.sql", "SELECT 1;\n");
    write("numbered/playbooks/0001_a.sql", "SELECT 1;\n");
    Files.createDirectories(root.resolve("numbered/playbooks/rollback"));
    write("plain/migrations/add_users.sql", "SELECT 1;\n");
    write("not/docs/example.sql", "SELECT 1;\n");
    write("not/pom.xml", "<project/>\n");
    write("not/app/models.py", "import os\n");
    write("not/src/test/resources/db/migration/V1__fixture.sql", "SELECT 1;\n");
    write("not/test/fixtures/migrations/001_a.sql", "SELECT 1;\n");
    write("not/vendor/x/migrations/001_a.sql", "SELECT 1;\n");
    write("not/.git/migrations/001_a.sql", "SELECT 1;\n");
    assertThat(discovered()).containsExactly("alembic/versions", "custom-alembic/revisions", "dbmate/schema",
        "flyway/db/migration", "golang/sql", "java/src/main/java/db/migration",
        "liquibase-sql/sql", "liquibase-xml/config", "liquibase/src/main/resources/db/changelog",
        "numbered/playbooks", "plain/migrations", "sqitch");
  }

  @Test
  void walkSkipsFixturesBelowTheRootButNeverTheRoot() throws IOException {
    write("app/db/migration/V1__a.sql", "SELECT 1;\n");
    write("app/src/test/resources/V1__b.sql", "SELECT 1;\n");
    write("app/tests/fixtures/V1__c.sql", "SELECT 1;\n");
    write("app/testdata/V1__d.sql", "SELECT 1;\n");
    assertThat(FileWalker.walk(root.resolve("app"), FileWalker.MIGRATION_FILE)).extracting(f -> f.path().getFileName()
        .toString()).containsExactly("V1__a.sql");
    assertThat(FileWalker.walk(root.resolve("app/testdata"), FileWalker.MIGRATION_FILE)).hasSize(1);
    assertThat(FileWalker.walk(root.resolve("app/src/test"), FileWalker.MIGRATION_FILE)).hasSize(1);
  }
}
