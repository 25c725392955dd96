package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --migration-format names the format of every SQL file where detection cannot know it. */
class MigrationFormatOptionTest {
  @Test
  void numberedWithoutARollbackFolderAndPlainOverride(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("0001_create.sql"), "CREATE TABLE t (id int);\n");
    Files.writeString(dir.resolve("0002_alter.sql"), "ALTER TABLE t ADD COLUMN x int;\n");
    Files.writeString(dir.resolve("V3__flyway_like.sql"), "SELECT 1;\n");
    assertThat(formats(dir, null)).containsExactly("flyway", "plain", "plain");
    assertThat(formats(dir, "numbered")).containsExactly("numbered", "numbered", "plain"); // other names: plain
    assertThat(formats(dir, "plain")).containsExactly("plain", "plain", "plain");
  }

  @Test
  void dbmateForcedReadsFilesWithoutMarkersAsAnUpSection(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("20260101_x.sql"), "CREATE TABLE t (id int);\n");
    Project p = new ProjectReader(new ReadOptions(false, 18, 1, dev.godwit.model.Format.DBMATE), dir).read(List.of(dir));
    assertThat(p.migrations()).extracting(m -> m.format().id()).containsExactly("dbmate");
    assertThat(p.migrations().get(0).up().get(0).statements()).hasSize(1);
  }

  private static List<String> formats(Path dir, String forced) {
    Project p = new ProjectReader(new ReadOptions(false, 18, 1, dev.godwit.model.Format.of(forced)), dir).read(List.of(dir));
    return p.migrations().stream().map(m -> m.format().id()).toList();
  }
}
