package dev.godwit.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of the statement splitter and the file decoder (Jazzer). A plain
 * {@code mvn test} replays the saved inputs in testdata/_fuzz/splitter and testdata/_fuzz/loader;
 * {@code JAZZER_FUZZ=1} fuzzes (see docs/performance.md). Every input that once failed is kept there.
 */
class SourceFuzzTest {
  static final Path SPLITTER_CASES = Path.of("testdata", "_fuzz", "splitter");
  static final Path LOADER_CASES = Path.of("testdata", "_fuzz", "loader");

  @FuzzTest(maxDuration = "30s")
  void splitter(@NotNull String text) {
    SplitInvariants.check(text);
  }

  @FuzzTest(maxDuration = "30s")
  void loader(byte @NotNull [] bytes) {
    LoadResult r = SourceLoader.decode(bytes, "f.sql");
    if (r.ok()) {
      // valid UTF-8 without NUL: the text is exactly the bytes, less a byte-order mark
      String expected = new String(bytes, StandardCharsets.UTF_8);
      assertThat(expected.startsWith("\ufeff") ? expected.substring(1) : expected).isEqualTo(r.file().text());
      SplitInvariants.check(r.file().text());
    } else {
      assertThat(r.problem().message()).isNotBlank();
    }
  }

  @Test
  void savedSplitterInputs() throws IOException {
    for (Path p : cases(SPLITTER_CASES)) {
      splitter(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
    }
  }

  @Test
  void savedLoaderInputs() throws IOException {
    for (Path p : cases(LOADER_CASES)) {
      loader(Files.readAllBytes(p));
    }
  }

  static List<Path> cases(Path dir) throws IOException {
    assertThat(dir).isDirectory();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
