package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --changed-since tells which migrations existed on the base: editing one is ban-editing-applied-migration. */
class EditedMigrationTest {
  @TempDir
  Path tmp;

  @Test
  void anEditedMigrationIsReportedAtItsFirstChangedLineAndANewOneIsNot() throws Exception {
    Assumptions.assumeTrue(CheckOptionsTest.hasGit(), "git is not installed");
    Path migrations = Files.createDirectories(tmp.resolve("db/migration"));
    write(migrations.resolve("V1__create_users.sql"), "CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email text\n);\n");
    write(migrations.resolve("R__user_view.sql"), "CREATE OR REPLACE VIEW user_ids AS SELECT id FROM users;\n");
    CheckOptionsTest.git(tmp, "init", "-q");
    CheckOptionsTest.git(tmp, "add", "db");
    CheckOptionsTest.git(tmp, "commit", "-qm", "base");
    write(migrations.resolve("V1__create_users.sql"),
        "CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email text NOT NULL\n);\n");
    write(migrations.resolve("R__user_view.sql"), "CREATE OR REPLACE VIEW user_ids AS SELECT id, email FROM users;\n");
    write(migrations.resolve("V2__add_name.sql"), "ALTER TABLE users ADD COLUMN name text;\n");

    MainTest.Run r = CheckOptionsTest.run(tmp, "check", "db/migration", "--changed-since", "HEAD", "--format", "gcc",
        "--fail-on", "never");
    var editing = r.out().lines().filter(l -> l.endsWith("[ban-editing-applied-migration]")).toList();
    assertThat(editing).as(r.out()).hasSize(1);
    assertThat(editing.get(0)).startsWith("db/migration/V1__create_users.sql:3:1: error:");
    // without --changed-since nothing tells which files existed before
    assertThat(CheckOptionsTest.run(tmp, "check", "db/migration", "--format", "gcc", "--fail-on", "never").out())
        .doesNotContain("ban-editing-applied-migration");
  }

  private static void write(Path f, String text) throws Exception {
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }
}
