package dev.godwit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSummaryTest {
  @Test
  void everyFileIsListedAndOneWithNothingToCheckSaysWhy(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("V1__create.sql"), "CREATE TABLE t (id bigint);\nCREATE INDEX t_id ON t (id);\n");
    Files.writeString(dir.resolve("V2__later.sql"), "-- moved to V3\n");
    Files.writeString(dir.resolve("V3__psql.sql"), "\\set ON_ERROR_STOP on\n");
    Project p = new ProjectReader(ReadOptions.defaults(), dir).read(List.of(dir));
    List<FileSummary> files = FileSummary.of(p);
    assertThat(files).extracting(FileSummary::path).containsExactly("V1__create.sql", "V2__later.sql", "V3__psql.sql");
    assertThat(files).extracting(FileSummary::format).containsOnly(Format.FLYWAY);
    assertThat(files).extracting(FileSummary::statements).containsExactly(2, 0, 1);
    assertThat(files).extracting(FileSummary::checked).containsExactly(2, 0, 0);
    assertThat(files.get(0).notes()).isEmpty();
    assertThat(files.get(1).notes()).singleElement().asString().startsWith("nothing to run");
    assertThat(files.get(2).notes()).singleElement().asString()
        .isEqualTo("nothing Godwit could check: 1 psql meta-command (see psql-meta-command)");
  }

  @Test
  void aFileAFormatTookButMadeNoMigrationOfIsListedWithWhy(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("changelog-mssql.xml"), "<databaseChangeLog>\n"
        + "  <changeSet id=\"1\" author=\"a\" dbms=\"mssql\"><sql>SELECT 1</sql></changeSet>\n</databaseChangeLog>\n");
    Path sqitch = Files.createDirectories(dir.resolve("sqitch"));
    Files.writeString(sqitch.resolve("sqitch.plan"), "%project=shop\n\ncarts 2026-01-01T00:00:00Z A <a@x> # carts\n");
    Files.createDirectories(sqitch.resolve("deploy"));
    Files.createDirectories(sqitch.resolve("verify"));
    Files.writeString(sqitch.resolve("deploy/carts.sql"), "CREATE TABLE carts (id bigint);\n");
    Files.writeString(sqitch.resolve("deploy/old_carts.sql"), "CREATE TABLE old_carts (id bigint);\n");
    Files.writeString(sqitch.resolve("verify/carts.sql"), "SELECT id FROM carts WHERE false;\n");
    List<FileSummary> files = FileSummary.of(new ProjectReader(ReadOptions.defaults(), dir).read(List.of(dir)));
    assertThat(files).extracting(f -> f.path() + " " + f.format() + " " + f.statements() + " " + f.notes())
        .containsExactly(
            "changelog-mssql.xml liquibase-xml 0 [no changeSet for PostgreSQL in it: the others name another dbms,"
                + " or their preconditions do]",
            "sqitch/deploy/carts.sql sqitch 1 []",
            "sqitch/deploy/old_carts.sql sqitch 0 [not in sqitch.plan: sqitch never deploys or reverts it]");
  }

  @Test
  void aFormatsOwnNoteWinsOverTheGenericOne(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("V1__x.sql"), "");
    Project p = new ProjectReader(ReadOptions.defaults(), dir).read(List.of(dir));
    Migration m = p.migrations().get(0);
    Migration noted = new Migration(m.format(), m.version(), m.description(), 0,
        List.of(m.up().get(0).withNote("execute(sql) with SQL built at run time")), List.of());
    List<FileSummary> files = FileSummary.of(new Project(List.of(noted), List.of(), false));
    assertThat(files).singleElement().satisfies(f -> assertThat(f.notes())
        .containsExactly("execute(sql) with SQL built at run time"));
  }
}
