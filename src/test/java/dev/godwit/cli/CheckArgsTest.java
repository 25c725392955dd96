package dev.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The fast path of {@code check} and picocli read every command line the same way, or the fast path gives up. */
class CheckArgsTest {
  private static final Main.Env ENV = new Main.Env(new ByteArrayInputStream(new byte[0]),
      new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), Map.of(),
      Path.of("").toAbsolutePath(), false);

  /** Command lines the fast path must read, exactly as picocli does. */
  static final List<List<String>> FAST = List.of(
      List.of(),
      List.of("db/migrations"),
      List.of("a", "b", "--pg-version", "12"),
      List.of("--pg-version=15", "--fail-on", "warning", "x.sql"),
      List.of("--format", "json"),
      List.of("--format", "github", "--format", "sarif", "--output", "out.sarif"),
      List.of("--format", "json", "-o", "a.json", "--format", "text"),
      List.of("--format=sarif", "--output=-", "db"),
      List.of("--enable", "ban-drop-table,ban-truncate", "--enable", "prefer-jsonb", "--disable=require-lock-timeout"),
      List.of("--immutable-table", "events,audit_log", "--immutable-table", "ledger"),
      List.of("--config", ".godwit.yml", "--changed-since", "origin/main", "--baseline", "b.json"),
      List.of("--write-baseline", "b.json", "--no-config"),
      List.of("--fix", "--unsafe-fixes", "--diff", "--require-downgrade", "--stats"),
      List.of("--assume-in-transaction", "plain"),
      List.of("--no-assume-in-transaction"),
      List.of("--migration-format", "dbmate", "--stdin-filename", "db/x.sql", "--threads", "1"),
      List.of("--", "--odd-folder-name", "db"),
      List.of("db", "--fail-on", "never", "--pg-version", "11"));

  /** Command lines the fast path must leave to picocli. */
  static final List<List<String>> SLOW = List.of(
      List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"),
      List.of("--pg-version"), List.of("--pg-version", "twelve"), List.of("--pg-version", "12", "--pg-version", "13"),
      List.of("--output", "x.json"), List.of("--format", "json", "-o", "a", "-o", "b"),
      List.of("--fix=true"), List.of("--fix", "--fix"), List.of("--frobnicate"), List.of("--pg"),
      List.of("@args.txt"), List.of("-"), List.of("--format", "--pg-version"), List.of(""),
      List.of("--pg-version", " 11 "), List.of("--threads", "0x2"));

  @Test
  void theFastPathReadsCommonCommandLinesAsPicocliDoes() throws Exception {
    for (List<String> args : FAST) {
      CheckCommand fast = new CheckCommand(ENV);
      assertThat(CheckArgs.apply(args.toArray(String[]::new), fast)).as("fast path for %s", args).isTrue();
      CheckCommand slow = new CheckCommand(ENV);
      new CommandLine(slow).parseArgs(args.toArray(String[]::new));
      assertThat(values(fast)).as("options of %s", args).isEqualTo(values(slow));
    }
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    for (List<String> args : SLOW) {
      assertThat(CheckArgs.apply(args.toArray(String[]::new), new CheckCommand(ENV))).as("%s", args).isFalse();
    }
  }

  /** A new option of `check` must be taught to the fast path (or the fast path must give up on it: see SLOW). */
  @Test
  void theFastPathKnowsEveryOptionOfCheck() {
    Set<String> known = new HashSet<>();
    known.addAll(CheckArgs.FLAGS.keySet());
    known.addAll(CheckArgs.SINGLE.keySet());
    known.addAll(CheckArgs.LISTS.keySet());
    known.addAll(CheckArgs.OUTPUT);
    Set<String> leftToPicocli = Set.of("-h", "--help", "-V", "--version");
    Set<String> options = new HashSet<>();
    for (CommandLine.Model.OptionSpec o : new CommandLine(new CheckCommand(ENV)).getCommandSpec().options()) {
      for (String n : o.names()) {
        options.add(n);
        if (o.negatable() && n.startsWith("--")) {
          options.add("--no-" + n.substring(2));
        }
      }
    }
    options.removeAll(leftToPicocli);
    assertThat(known).containsExactlyInAnyOrderElementsOf(options);
  }

  /** The end-to-end result is the same with either parser: an unknown format is a usage error on both paths. */
  @Test
  void bothPathsGiveTheSameUsageErrors() {
    ByteArrayOutputStream err1 = new ByteArrayOutputStream();
    int fast = Main.run(new String[] {"check", "--format", "yaml", "testdata/example"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err1), Map.of(), Path.of("").toAbsolutePath(), false);
    assertThat(fast).isEqualTo(Main.EXIT_USAGE);
    assertThat(err1.toString()).contains("unknown format \"yaml\"");
    ByteArrayOutputStream err2 = new ByteArrayOutputStream();
    int slow = Main.run(new String[] {"check", "--pg-version", "twelve", "testdata/example"},
        new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err2),
        Map.of(), Path.of("").toAbsolutePath(), false);
    assertThat(slow).isEqualTo(Main.EXIT_USAGE);
    assertThat(err2.toString()).contains("twelve");
  }

  /** Every picocli-annotated field of the command, as comparable values. */
  private static Map<String, Object> values(CheckCommand c) throws IllegalAccessException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : CheckCommand.class.getDeclaredFields()) {
      if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
        f.setAccessible(true);
        out.put(f.getName(), f.get(c));
      } else if (f.isAnnotationPresent(CommandLine.ArgGroup.class)) {
        f.setAccessible(true);
        List<String> pairs = new ArrayList<>();
        for (Object o : (List<?>) f.get(c)) {
          CheckCommand.OutputSpec spec = (CheckCommand.OutputSpec) o;
          pairs.add(spec.format + " -> " + spec.output);
        }
        out.put(f.getName(), pairs);
      }
    }
    return out;
  }
}
