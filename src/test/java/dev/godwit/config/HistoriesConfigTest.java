package dev.godwit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code histories} key: which migration folders share a database. */
class HistoriesConfigTest {
  @TempDir
  Path dir;

  GodwitConfig parse(String yaml) {
    return ConfigFiles.parse(yaml, dir.resolve(".godwit.yml"), ".godwit.yml", Map.of());
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
  void separateByDefaultJoinedOrGroupsOfFolders() throws Exception {
    Files.createDirectories(dir.resolve("db/core"));
    Files.createDirectories(dir.resolve("db/billing"));
    Files.createDirectories(dir.resolve("db/analytics"));
    assertThat(parse("").histories()).isEqualTo(GodwitConfig.Histories.SEPARATE);
    assertThat(GodwitConfig.none().histories()).isEqualTo(GodwitConfig.Histories.SEPARATE);
    assertThat(parse("histories: separate\n").histories()).isEqualTo(GodwitConfig.Histories.SEPARATE);
    assertThat(parse("histories: joined\n").histories().joined()).isTrue();
    GodwitConfig.Histories groups = parse("histories:\n  - [db/core, db/billing]\n  - db/analytics\n").histories();
    assertThat(groups.joined()).isFalse();
    assertThat(groups.groups()).containsExactly(
        List.of(dir.resolve("db/core"), dir.resolve("db/billing")), List.of(dir.resolve("db/analytics")));
  }

  @Test
  void badValuesNameTheLineAndTheChoices() throws Exception {
    Files.createDirectories(dir.resolve("db/core"));
    ConfigException typo = error("histories: joind\n");
    assertThat(typo.line()).isEqualTo(1);
    assertThat(typo.getMessage()).contains("did you mean joined?").contains("separate, joined, or a list");
    assertThat(error("histories:\n  core: db/core\n").getMessage()).contains("must be separate, joined, or a list");
    ConfigException missing = error("histories:\n  - [db/core, db/nowhere]\n");
    assertThat(missing.line()).isEqualTo(2);
    assertThat(missing.getMessage()).contains("db/nowhere does not exist");
    ConfigException twice = error("histories:\n  - [db/core]\n  - [db/core/]\n");
    assertThat(twice.line()).isEqualTo(3);
    assertThat(twice.getMessage()).contains("already in a group (line 2)");
    assertThat(error("histories:\n  - []\n").getMessage()).contains("group is empty");
    assertThat(error("histories:\n  - [[db/core]]\n").getMessage()).contains("must be a single value");
  }
}
