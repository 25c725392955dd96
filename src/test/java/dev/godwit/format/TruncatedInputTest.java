package dev.godwit.format;

import dev.godwit.format.host.FlywayJava;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.godwit.model.Direction;
import dev.godwit.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every reader survives every prefix of the example projects' files: half-written files never crash. */
class TruncatedInputTest {
  @Test
  void everyPrefixOfEveryExampleFileIsReadWithoutException() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("testdata", "projects"))) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String name = f.getFileName().toString();
      int step = Math.max(1, text.length() / (name.endsWith(".java") ? 40 : 150));
      for (int n = 0; n <= text.length(); n += step) {
        String prefix = text.substring(0, n);
        Entry e = new Entry(f, new SourceFile(f.toString().replace('\\', '/'), prefix));
        assertThatCode(() -> readAny(e, name)).as("%s cut at %d", f, n).doesNotThrowAnyException();
      }
    }
  }

  private static void readAny(Entry e, String name) {
    if (name.endsWith(".py")) {
      Alembic.read(e, ReadOptions.defaults());
      PythonScripts.read(e, ReadOptions.defaults());
    } else if (name.endsWith(".java")) {
      FlywayJava.read(e, Direction.UP);
    } else if (name.endsWith(".xml") || name.endsWith(".yaml")) {
      LiquibaseXml.read(List.of(e), ReadOptions.defaults());
    } else if (name.equals("sqitch.plan")) {
      Sqitch.plan(e.text());
    } else if (name.endsWith(".sql")) {
      LiquibaseSql.read(e);
      Dbmate.read(e);
    }
  }
}
