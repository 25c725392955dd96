package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.model.FileProblem;
import dev.godwit.model.Migration;
import dev.godwit.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingTest {
  private static final Entry ENTRY = new Entry(Path.of("V1__x.sql"), new SourceFile("V1__x.sql", "SELECT 1;"));

  private static List<Migration> crash() {
    throw new IllegalStateException("reader bug");
  }

  @Test
  void aReaderCrashFailsTheTestsThatSetTheStrictProperty() {
    assertThat(Boolean.getBoolean(Reading.STRICT)).as("surefire sets " + Reading.STRICT).isTrue();
    Reading r = new Reading(ReadOptions.defaults(), null, new ArrayList<>());
    assertThatThrownBy(() -> r.safely(ENTRY, ReadingTest::crash)).hasMessage("reader bug");
  }

  @Test
  void withoutItACrashIsAProblemOfTheFile() {
    String before = System.getProperty(Reading.STRICT);
    System.clearProperty(Reading.STRICT);
    try {
      List<FileProblem> problems = new ArrayList<>();
      Reading r = new Reading(ReadOptions.defaults(), null, problems);
      assertThat(r.safely(ENTRY, ReadingTest::crash)).isEmpty();
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("V1__x.sql");
        assertThat(p.message()).contains("reader bug", "please report it");
      });
    } finally {
      if (before != null) {
        System.setProperty(Reading.STRICT, before);
      }
    }
  }
}
