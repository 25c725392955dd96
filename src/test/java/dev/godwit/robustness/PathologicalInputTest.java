package dev.godwit.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.report.ReportContext;
import dev.godwit.report.Reporters;
import dev.godwit.source.SplitResult;
import dev.godwit.source.StatementSplitter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a linter: huge, deeply nested, unterminated, binary, looping. Each must end
 * with a clear result, in memory bounded by the input (speed is measured in bench/, not here). Inputs are generated in a
 * temporary folder and deleted afterwards.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target (bench/ has those)
class PathologicalInputTest {
  @TempDir
  Path dir;

  /**
   * 100 MB: a statement before and after a 100 MB dollar-quoted block, analyzed in a separate JVM
   * whose heap is capped at 6 times the file size (the bytes, the text and the statement's copy of it).
   */
  @Test
  void hundredMegabyteFile() throws Exception {
    Path file = Run.write(dir.resolve("big/V1__big.sql"), "CREATE INDEX first_idx ON a (x);\nDO $blob$\n",
        "  PERFORM pg_sleep(0); -- filler line of a generated data migration\n", 100L << 20,
        "$blob$;\nCREATE INDEX last_idx ON b (y);\n");
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(100L << 20);
    Path out = dir.resolve("out.json");
    Process p = new ProcessBuilder(Run.javaCommand(), "-Xmx600m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "dev.godwit.cli.Main", "check", dir.resolve("big").toString(),
        "--format", "json", "--output", out.toString(), "--fail-on", "never")
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
    String log = Files.readString(dir.resolve("log.txt"));
    assertThat(p.exitValue()).as(log).isZero();
    String json = Files.readString(out);
    assertThat(json).contains("first_idx").contains("last_idx");
  }

  /** One million statements: the splitter finds them all, in linear time. */
  @Test
  void oneMillionStatements() {
    String text = "SELECT 1;\n".repeat(1_000_000);
    SplitResult r = StatementSplitter.split(text);
    assertThat(r.statements()).hasSize(1_000_000);
  }

  /** A file of 5,000 statements goes through the whole analysis (the million is split above). */
  @Test
  void manyStatementsEndToEnd() throws IOException {
    Run.write(dir.resolve("V1__many.sql"), "", "CREATE TABLE IF NOT EXISTS t (id int);\n", 5_000 * 39, "");
    LintResult r = Run.lint(dir);
    assertThat(r.statements()).isGreaterThanOrEqualTo(5_000);
    assertThat(r.findings()).isEmpty();
  }

  /** An unterminated dollar quote, comment, string or identifier at the start of a 10 MB file. */
  @Test
  void unterminatedConstructAtTheStartOfTenMegabytes() throws IOException {
    String[] openers = {"$$", "$body$", "/*", "'", "\"", "E'\\"};
    for (int i = 0; i < openers.length; i++) {
      Run.write(dir.resolve("f" + i + ".sql"), "SELECT " + openers[i] + "\n", "CREATE TABLE t (id int); -- x\n",
          10L << 20, "");
    }
    LintResult r = Run.lint(dir);
    assertThat(r.statements()).isEqualTo(openers.length);
    assertThat(Run.rules(r)).containsOnly("parse-error").hasSize(openers.length);
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).contains("unterminated"));
  }

  /** 10,000 nested parentheses, balanced and not. */
  @Test
  void tenThousandNestedParentheses() throws IOException {
    String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
    Files.writeString(dir.resolve("a.sql"), "SELECT " + deep + ";\nCREATE INDEX i ON t (c);\n");
    Files.writeString(dir.resolve("b.sql"), "SELECT " + "(".repeat(10_000) + ";\nCREATE INDEX i ON t (c);\n");
    Files.writeString(dir.resolve("c.sql"), "SELECT " + ")".repeat(10_000) + ";\nCREATE INDEX i ON t (c);\n");
    LintResult r = Run.lint(dir);
    List<String> rules = Run.rules(r);
    // balanced or stray closers: the index statement after it is still found
    assertThat(r.findings().stream().filter(f -> f.path().endsWith("a.sql") && f.ruleId().equals("require-concurrent-index")))
        .hasSize(1);
    assertThat(r.findings().stream().filter(f -> f.path().endsWith("c.sql") && f.ruleId().equals("require-concurrent-index")))
        .hasSize(1);
    // unclosed: everything after the first '(' is one statement, which does not parse
    assertThat(r.findings().stream().filter(f -> f.path().endsWith("b.sql")).map(f -> f.ruleId()))
        .contains("parse-error");
    assertThat(rules).doesNotContain("internal-error");
  }

  /** A 1 MB line holding one statement; and 4,000 statements on a 100 kB line, whose text report stays linear. */
  @Test
  void oneMegabyteSingleLine() throws IOException {
    StringBuilder values = new StringBuilder("INSERT INTO t (a, b) VALUES (0, 'x')");
    for (int i = 1; values.length() < 1 << 20; i++) {
      values.append(", (").append(i).append(", 'x')");
    }
    Files.writeString(dir.resolve("insert.sql"), values + ";");
    LintResult one = Run.lint(dir);
    assertThat(one.statements()).isEqualTo(1);
    assertThat(Run.rules(one)).doesNotContain("parse-error");

    Path other = Files.createDirectory(dir.resolve("line"));
    String stmt = "CREATE INDEX a ON b (c); ";
    Files.writeString(other.resolve("line.sql"), stmt.repeat(4_000));
    LintResult many = Run.lint(other);
    assertThat(many.statements()).isEqualTo(4_000);
    StringWriter text = new StringWriter();
    Reporters.forFormat("text").report(many, new ReportContext("test", other.toUri().toString(), false, null), text);
    // each finding shows a window of the line, not the whole megabyte
    assertThat((double) text.getBuffer().length() / many.findings().size()).isLessThan(1200);
  }

  @Test
  void binaryFilesAndInvalidUtf8AreReportedNotRead() throws IOException {
    byte[] png = new byte[4096];
    new Random(1).nextBytes(png);
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[5] = 0;
    Files.write(dir.resolve("image.sql"), png);
    Files.write(dir.resolve("latin1.sql"), "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("overlong.sql"), new byte[] {'S', (byte) 0xC0, (byte) 0xAF, ';'});
    Files.write(dir.resolve("surrogate.sql"), new byte[] {'S', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ';'});
    Files.writeString(dir.resolve("ok.sql"), "CREATE INDEX i ON t (c);");
    LintResult r = Run.lint(dir);
    List<String> notes = r.notifications().stream().map(Notification::message).toList();
    assertThat(notes).anyMatch(m -> m.contains("binary file"));
    assertThat(notes.stream().filter(m -> m.contains("not valid UTF-8"))).hasSize(3);
    assertThat(Run.rules(r)).contains("require-concurrent-index");
  }

  @Test
  void directorySymlinkLoopIsNotFollowed() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(a.resolve("V1__x.sql"), "SET lock_timeout = '2s';\nCREATE INDEX i ON t (c);");
    Files.createSymbolicLink(a.resolve("loop"), dir.resolve("a"));
    Files.createSymbolicLink(dir.resolve("a/self"), dir.resolve("a"));
    LintResult r = Run.lint(dir);
    assertThat(r.files()).isEqualTo(1);
    assertThat(Run.rules(r)).containsExactly("require-concurrent-index", "require-if-not-exists");
  }

  /** Permissions do not stop root from reading; then the case cannot be built and is skipped. */
  @Test
  void unreadableFileIsReported() throws IOException {
    Path f = Files.writeString(dir.resolve("secret.sql"), "CREATE INDEX i ON t (c);");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(f), "running as root: file permissions do not stop reads");
    LintResult r = Run.lint(dir);
    assertThat(r.notifications()).anyMatch(n -> n.message().contains("cannot read"));
    assertThat(r.successful()).isFalse();
  }

  /** Many small files: the walk and the per-file work do not interfere (deterministic order). */
  @Test
  void manyFilesKeepTheirOrder() throws IOException {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String name = String.format("m%04d.sql", i);
      Files.writeString(dir.resolve(name), "CREATE INDEX i" + i + " ON t (c);");
      expected.add(name);
    }
    for (int k = 0; k < 3; k++) {
      LintResult r = Run.lint(dir);
      assertThat(r.findings().stream().filter(f -> f.ruleId().equals("require-concurrent-index"))
          .map(f -> Path.of(f.path()).getFileName().toString()).toList()).isEqualTo(expected);
    }
  }
}
