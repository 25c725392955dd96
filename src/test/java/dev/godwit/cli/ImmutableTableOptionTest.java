package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImmutableTableOptionTest {
  private static MainTest.Run check(String sql, String... flags) {
    String[] args = new String[flags.length + 3];
    args[0] = "check";
    args[1] = "--stdin-filename";
    args[2] = "db/V7__fix.sql";
    System.arraycopy(flags, 0, args, 3, flags.length);
    return MainTest.run(Path.of("").toAbsolutePath(), sql, Map.of(), false, args);
  }

  @Test
  void changesToImmutableTablesAreErrors() {
    String sql = "DELETE FROM events WHERE id = 1;\n";
    MainTest.Run r = check(sql, "--immutable-table", "events");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("db/V7__fix.sql:1:1: error[ban-immutable-table-change] DELETE on immutable table events");
    assertThat(check(sql, "--immutable-table", "snapshots,audit.log").out()).doesNotContain("ban-immutable-table-change");
    assertThat(check(sql).code()).isZero();
  }
}
