package dev.godwit.cli;

import dev.godwit.engine.LintSettings;
import dev.godwit.engine.Linter;
import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Lints a tiny in-memory migration on a second thread while picocli builds its command model on the
 * first: loading and initializing the reader, parser and rule classes (about a third of a small run's
 * time) then overlaps with it. It reads no file, writes nothing and its result is thrown away.
 */
final class Warmup {
  private static final String SQL = "CREATE TABLE w (id bigint PRIMARY KEY, v text NOT NULL DEFAULT '');\n"
      + "ALTER TABLE w ADD COLUMN c int REFERENCES w (id), ALTER COLUMN v TYPE varchar(10);\n"
      + "CREATE INDEX w_c ON w (c);\nDROP INDEX w_c;\nUPDATE w SET v = 'x';\n";

  private Warmup() {}

  /** Starts the warm-up on a daemon thread (it never delays the exit). */
  static void start() {
    Thread t = new Thread(Warmup::run, "godwit-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static void run() {
    try {
      ProjectReader reader = new ProjectReader(ReadOptions.defaults(), Path.of("warmup"));
      var project = reader.readStdin(new ByteArrayInputStream(SQL.getBytes(StandardCharsets.UTF_8)),
          "V1__warmup.sql");
      new Linter(BuiltinRules.ALL, LintSettings.defaults()).lint(project);
    } catch (RuntimeException | LinkageError e) {
      // only a head start: the real run loads the same classes and reports any problem itself
    }
  }
}
