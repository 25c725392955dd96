package dev.godwit.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The start-up fast path of {@code godwit check}: sets a {@link CheckCommand}'s options from the command line
 * without building picocli's model of every command (about a third of a small run's time). It knows the
 * options as picocli reads them and nothing else: any argument it is not sure of (help, an unknown or
 * misspelt option, a repeated single-value option, an {@code @file}, a value that does not parse) makes it
 * give up, and picocli parses the whole command line as before, with its own messages. {@code
 * CheckArgsTest} holds the two to the same result and fails when {@code check} gains an option this class
 * does not know.
 */
final class CheckArgs {
  private CheckArgs() {}

  /** Options that take no value. */
  static final Map<String, BiConsumer<CheckCommand, Boolean>> FLAGS = Map.of(
      "--no-config", (c, v) -> c.noConfig = v,
      "--fix", (c, v) -> c.fix = v,
      "--unsafe-fixes", (c, v) -> c.unsafeFixes = v,
      "--diff", (c, v) -> c.diff = v,
      "--assume-in-transaction", (c, v) -> c.assumeInTransaction = v,
      "--no-assume-in-transaction", (c, v) -> c.assumeInTransaction = !v,
      "--require-downgrade", (c, v) -> c.requireDowngrade = v,
      "--stats", (c, v) -> c.stats = v);

  /** Options that take one value and may be given once. */
  static final Map<String, BiConsumer<CheckCommand, String>> SINGLE = Map.ofEntries(
      Map.entry("--pg-version", (c, v) -> c.pgVersion = number(v)),
      Map.entry("--fail-on", (c, v) -> c.failOn = v),
      Map.entry("--config", (c, v) -> c.config = Path.of(v)),
      Map.entry("--changed-since", (c, v) -> c.changedSince = v),
      Map.entry("--baseline", (c, v) -> c.baseline = Path.of(v)),
      Map.entry("--write-baseline", (c, v) -> c.writeBaseline = Path.of(v)),
      Map.entry("--migration-format", (c, v) -> c.migrationFormat = v),
      Map.entry("--stdin-filename", (c, v) -> c.stdinFilename = v),
      Map.entry("--threads", (c, v) -> c.threads = number(v)));

  /** Options that take a value, may be repeated, and split it at commas. */
  static final Map<String, java.util.function.Function<CheckCommand, List<String>>> LISTS = Map.of(
      "--enable", c -> c.enable,
      "--disable", c -> c.disable,
      "--immutable-table", c -> c.immutableTables);

  /** The output pairs: each --format starts one, --output (-o) belongs to the one before it. */
  static final Set<String> OUTPUT = Set.of("--format", "--output", "-o");

  /**
   * Sets {@code cmd}'s options from {@code args} (the words after {@code check}); false when picocli must
   * parse them instead, in which case {@code cmd} must be thrown away.
   */
  static boolean apply(String[] args, CheckCommand cmd) {
    Set<String> seen = new HashSet<>();
    boolean positionalOnly = false;
    CheckCommand.OutputSpec current = null;
    boolean currentHasFormat = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (positionalOnly || !arg.startsWith("-") && !arg.startsWith("@")) {
        if (arg.isEmpty()) {
          return false;
        }
        cmd.paths.add(Path.of(arg));
        continue;
      }
      if (arg.equals("--")) {
        positionalOnly = true;
        continue;
      }
      if (arg.startsWith("@") || arg.equals("-")) {
        return false; // an argument file, or standard input as a path: picocli's business
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (FLAGS.containsKey(name)) {
        if (value != null || !seen.add(name.replaceFirst("^--no-", "--"))) {
          return false;
        }
        FLAGS.get(name).accept(cmd, true);
        continue;
      }
      boolean takesValue = SINGLE.containsKey(name) || LISTS.containsKey(name) || OUTPUT.contains(name);
      if (!takesValue) {
        return false; // help, version, an unknown or abbreviated option: let picocli answer
      }
      if (value == null) {
        if (i + 1 >= args.length || looksLikeOption(args[i + 1])) {
          return false; // a missing value: picocli says so
        }
        value = args[++i];
      }
      try {
        if (SINGLE.containsKey(name)) {
          if (!seen.add(name)) {
            return false;
          }
          SINGLE.get(name).accept(cmd, value);
        } else if (LISTS.containsKey(name)) {
          for (String part : value.split(",")) {
            LISTS.get(name).apply(cmd).add(part);
          }
        } else if (name.equals("--format")) {
          if (current == null || currentHasFormat) {
            current = new CheckCommand.OutputSpec();
            cmd.outputSpecs.add(current);
          }
          current.format = value;
          currentHasFormat = true;
        } else {
          if (current == null || current.output != null) {
            return false; // --output without a --format of its own: picocli decides
          }
          current.output = value;
          currentHasFormat = true; // the pair is complete: the next --format starts a new one
        }
      } catch (RuntimeException e) {
        return false; // a number that does not parse, a bad path: picocli's message
      }
    }
    return true;
  }

  /** Plain decimal digits only; anything else (signs, spaces, hex) is left to picocli's converter. */
  private static int number(String v) {
    if (!v.matches("[0-9]{1,9}")) {
      throw new IllegalArgumentException("not a plain number: " + v);
    }
    return Integer.parseInt(v);
  }

  private static boolean looksLikeOption(String next) {
    return next.startsWith("-") && next.length() > 1 && !Character.isDigit(next.charAt(1));
  }
}
