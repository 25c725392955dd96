package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a.sql", "x\n", "x\n")).isEmpty();
  }

  @Test
  void distantChangesAreSeparateHunksWithThreeLinesOfContext() {
    StringBuilder before = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      before.append("line ").append(i).append('\n');
    }
    String after = before.toString().replace("line 2\n", "line two\n").replace("line 18\n", "line 18a\nline 18b\n");
    assertThat(UnifiedDiff.of("a.sql", before.toString(), after)).isEqualTo("""
        --- a/a.sql
        +++ b/a.sql
        @@ -1,5 +1,5 @@
         line 1
        -line 2
        +line two
         line 3
         line 4
         line 5
        @@ -15,6 +15,7 @@
         line 15
         line 16
         line 17
        -line 18
        +line 18a
        +line 18b
         line 19
         line 20
        """);
  }

  @Test
  void keepsCarriageReturnsAndMarksAMissingFinalNewline() {
    assertThat(UnifiedDiff.of("b.sql", "a\r\nb", "a\r\nc")).isEqualTo(
        "--- a/b.sql\n+++ b/b.sql\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
  }
}
