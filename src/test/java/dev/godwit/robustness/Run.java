package dev.godwit.robustness;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.LintSettings;
import dev.godwit.engine.Linter;
import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Project;
import dev.godwit.rule.Finding;
import dev.godwit.rules.BuiltinRules;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the analysis in process, the way {@code godwit check} does, on two threads. */
final class Run {
  private Run() {}

  static LintResult lint(Path root) {
    Project p = new ProjectReader(new ReadOptions(false, 18, 2), root).read(List.of(root));
    return new Linter(BuiltinRules.ALL, LintSettings.defaults()).lint(p);
  }

  static List<String> rules(LintResult r) {
    return r.findings().stream().map(Finding::ruleId).toList();
  }

  /** Writes {@code head}, then {@code unit} until the file holds at least {@code bytes}, then {@code tail}. */
  static Path write(Path file, String head, String unit, long bytes, String tail) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder chunk = new StringBuilder();
    while (chunk.length() < 1 << 16) {
      chunk.append(unit);
    }
    String c = chunk.toString();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(head);
      long n = head.length();
      while (n < bytes) {
        w.write(c);
        n += c.length();
      }
      w.write(tail);
    }
    return file;
  }

  static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
