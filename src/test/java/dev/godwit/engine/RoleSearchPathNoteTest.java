package dev.godwit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Project;
import dev.godwit.rule.Severity;
import dev.godwit.rules.BuiltinRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search_path set for later sessions (ALTER ROLE / DATABASE) cannot be followed: the run says so, once. */
class RoleSearchPathNoteTest {
  @TempDir
  Path dir;

  @Test
  void alterRoleOrDatabaseSetSearchPathIsReportedOnceAsANote() throws Exception {
    Files.writeString(dir.resolve("V1__schemas.sql"), """
        CREATE SCHEMA app;
        ALTER ROLE migrator SET search_path = app, public;
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("V2__more.sql"), """
        DO $$ BEGIN
          EXECUTE format('ALTER DATABASE %I SET search_path = app, public', current_database());
        END $$;
        """, StandardCharsets.UTF_8);
    Project project = new ProjectReader(new ReadOptions(false, LintSettings.NEWEST_PG, 1), dir)
        .read(List.of(dir));
    LintResult result = new Linter(BuiltinRules.ALL, LintSettings.defaults()).lint(project);
    assertThat(result.notifications()).filteredOn(n -> n.message().contains("ALTER ROLE or ALTER DATABASE"))
        .singleElement().satisfies(n -> {
          assertThat(n.level()).isEqualTo(Severity.NOTE);
          assertThat(n.message()).startsWith("V1__schemas.sql:2: ").contains("by default public");
        });
    assertThat(result.successful()).isTrue();
  }
}
