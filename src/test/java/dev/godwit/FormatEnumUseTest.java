package dev.godwit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration's format is a {@link Format}: comparing it with a format's name ({@code "flyway".equals(m.format())})
 * compiles and is always false. No line of the sources that reads a format compares it with a name.
 */
class FormatEnumUseTest {
  @Test
  void formatsAreComparedAsEnumsNotNames() throws IOException {
    String ids = Arrays.stream(Format.values()).map(f -> Pattern.quote(f.id())).collect(Collectors.joining("|"));
    Pattern byName = Pattern.compile("\"(" + ids + ")\"\\s*\\.equals\\(|\\.equals\\(\\s*\"(" + ids + ")\"\\s*\\)"
        + "|\\.(startsWith|endsWith|contains)\\(\\s*\"(" + ids + "|liquibase|flyway)\"");
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean comment = l.strip().startsWith("*") || l.strip().startsWith("//");
            if (!comment && l.contains("format()") && byName.matcher(l).find()) {
              found.add(f + ":" + (i + 1) + ": " + l.strip());
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
