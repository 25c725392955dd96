package dev.godwit.cli;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.LintSettings;
import dev.godwit.engine.Linter;
import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Project;
import dev.godwit.report.ReportContext;
import dev.godwit.report.Reporter;
import dev.godwit.report.Reporters;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Rule;
import dev.godwit.rule.Severity;
import dev.godwit.rules.BuiltinRules;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code godwit check}: analyze migrations and report. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Analyze migration files or directories (default: the current directory).")
final class CheckCommand implements Callable<Integer> {
  private final Main.Env env;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Migration files or directories.")
  List<Path> paths = new ArrayList<>();

  /** One output: a format and where it goes; each --format starts a new one, --output belongs to it. */
  static final class OutputSpec {
    @Option(names = "--format", paramLabel = "FORMAT",
        description = "Output format: text, sarif, json or github (repeatable; each may be followed by --output).")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write the preceding --format to FILE instead of standard output ('-' for standard output).")
    String output;
  }

  @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "0..*", order = 0)
  List<OutputSpec> outputSpecs = new ArrayList<>();

  @Option(names = "--pg-version", paramLabel = "N",
      description = "Target PostgreSQL major version, 10 to 18 (default: ${DEFAULT-VALUE}).")
  int pgVersion = LintSettings.NEWEST_PG;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at or above: error, warning, note or never (default: ${DEFAULT-VALUE}).")
  String failOn = "error";

  @Option(names = "--enable", paramLabel = "RULE-ID", split = ",", description = "Turn a rule on (repeatable).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE-ID", split = ",", description = "Turn a rule off (repeatable).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--assume-in-transaction", negatable = true,
      description = "Treat plain SQL files as if the migration tool ran each in a transaction.")
  boolean assumeInTransaction;

  @Option(names = "--require-downgrade", description = "Expect a downgrade script for every migration.")
  boolean requireDowngrade;

  @Option(names = "--migration-format", paramLabel = "FORMAT",
      description = "Read every .sql file as this format instead of detecting it: flyway, golang-migrate, dbmate,"
          + " liquibase-sql, numbered, plain.")
  String migrationFormat;

  @Option(names = "--immutable-table", paramLabel = "NAME", split = ",",
      description = "A table whose rows are never updated or deleted, e.g. an event store (repeatable).")
  List<String> immutableTables = new ArrayList<>();

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "Read one file from standard input, reported under NAME (its name decides its format).")
  String stdinFilename;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for reading files (default: number of CPUs).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--stats", hidden = true, description = "Print parsing statistics to standard error.")
  boolean stats;

  CheckCommand(Main.Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    for (OutputSpec o : outputSpecs) {
      if (!Reporters.names().contains(o.format.toLowerCase(Locale.ROOT))) {
        throw usage("unknown format \"" + o.format + "\"; valid formats: " + String.join(", ", Reporters.names()));
      }
    }
    Severity failThreshold = parseFailOn();
    if (pgVersion < LintSettings.OLDEST_PG || pgVersion > LintSettings.NEWEST_PG) {
      throw usage("--pg-version " + pgVersion + " is not supported; use " + LintSettings.OLDEST_PG + " to "
          + LintSettings.NEWEST_PG);
    }
    Set<String> known = new HashSet<>();
    for (Rule r : BuiltinRules.ALL) {
      known.add(r.id());
      known.addAll(List.of(r.info().aliases()));
    }
    for (String id : concat(enable, disable)) {
      if (!known.contains(id)) {
        throw usage("unknown rule \"" + id + "\"; `godwit rules` lists them");
      }
    }
    LintSettings settings = new LintSettings(pgVersion, Map.of(), canonical(enable), canonical(disable), requireDowngrade,
        immutableTableNames(), Set.of());
    if (migrationFormat != null && !ReadOptions.SQL_FORMATS.contains(migrationFormat)) {
      throw usage("--migration-format " + migrationFormat + " is not valid; use one of "
          + String.join(", ", ReadOptions.SQL_FORMATS));
    }
    ReadOptions options = new ReadOptions(assumeInTransaction, pgVersion, threads, migrationFormat);
    ProjectReader reader = new ProjectReader(options, env.workDir());
    long t0 = System.nanoTime();
    Project project;
    if (stdinFilename != null) {
      if (!paths.isEmpty()) {
        throw usage("--stdin-filename reads standard input; do not name PATHs too");
      }
      project = reader.readStdin(env.in(), stdinFilename);
    } else {
      List<Path> roots = new ArrayList<>();
      if (paths.isEmpty()) {
        roots.add(env.workDir());
      }
      for (Path p : paths) {
        Path abs = env.workDir().resolve(p);
        if (!Files.exists(abs)) {
          throw usage("no such file or directory: " + p);
        }
        roots.add(abs);
      }
      project = reader.read(roots);
    }
    LintResult result = new Linter(BuiltinRules.ALL, settings).lint(project);
    if (stats) {
      Stats.print(project, result, System.nanoTime() - t0, env.err());
    }
    List<String[]> outputs = new ArrayList<>();
    for (OutputSpec o : outputSpecs) {
      outputs.add(new String[] {o.format.toLowerCase(Locale.ROOT), o.output});
    }
    if (outputs.isEmpty()) {
      outputs.add(new String[] {"text", null});
    }
    String srcRoot = env.workDir().toUri().toString();
    boolean colorOk = env.terminal() && !env.vars().containsKey("NO_COLOR");
    for (String[] o : outputs) {
      Reporter reporter = Reporters.forFormat(o[0]);
      boolean toStdout = o[1] == null || o[1].equals("-");
      ReportContext ctx = new ReportContext(Version.get(), srcRoot, toStdout && colorOk && o[0].equals("text"), null);
      if (toStdout) {
        Writer w = new OutputStreamWriter(env.out(), StandardCharsets.UTF_8);
        reporter.report(result, ctx, w);
        w.flush();
      } else {
        Path target = env.workDir().resolve(o[1]);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
          reporter.report(result, ctx, w);
        } catch (IOException e) {
          env.err().println("godwit: cannot write " + o[1] + ": " + e.getMessage());
          return Main.EXIT_USAGE;
        }
      }
    }
    if (failThreshold == null) {
      return Main.EXIT_CLEAN;
    }
    for (Finding f : result.findings()) {
      if (!f.suppressed() && f.severity().atLeast(failThreshold)) {
        return Main.EXIT_FINDINGS;
      }
    }
    return Main.EXIT_CLEAN;
  }

  private Set<String> immutableTableNames() {
    Set<String> out = new HashSet<>();
    for (String t : immutableTables) {
      if (!t.isBlank()) {
        out.add(t.strip());
      }
    }
    return out;
  }

  private Severity parseFailOn() {
    String v = failOn.toLowerCase(Locale.ROOT);
    return switch (v) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      case "note" -> Severity.NOTE;
      case "never" -> null;
      default -> throw usage("--fail-on " + failOn + " is not valid; use error, warning, note or never");
    };
  }

  private static Set<String> canonical(List<String> ids) {
    Set<String> out = new HashSet<>();
    for (String id : ids) {
      for (Rule r : BuiltinRules.ALL) {
        if (r.id().equals(id) || List.of(r.info().aliases()).contains(id)) {
          out.add(r.id());
        }
      }
    }
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Main.UsageException usage(String message) {
    return new Main.UsageException(message);
  }

  /** Parse statistics for the corpus runs in the closing notes. */
  static final class Stats {
    static void print(Project project, LintResult result, long nanos, java.io.PrintStream err) {
      Map<String, Integer> origins = new LinkedHashMap<>();
      Map<String, Integer> reasons = new LinkedHashMap<>();
      int files = 0;
      for (var m : project.migrations()) {
        List<dev.godwit.model.Script> all = new ArrayList<>(m.up());
        all.addAll(m.down());
        for (var s : all) {
          files++;
          for (var st : s.statements()) {
            origins.merge(st.origin().name(), 1, Integer::sum);
            if (st.node() instanceof dev.godwit.model.Node.Unparsed u) {
              String r = u.reason().replaceAll("line \\d+, column \\d+", "line L, column C")
                  .replaceAll("at line \\d+ column \\d+", "at L:C");
              reasons.merge(r, 1, Integer::sum);
            }
          }
        }
      }
      err.printf("stats: %d scripts, %d unreadable files, %d statements, %s, %.2f s%n", files,
          project.problems().size(), result.statements(), origins, nanos / 1e9);
      reasons.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
          .forEach(e -> err.printf("stats: unparsed %5d  %s%n", e.getValue(), e.getKey()));
      // per migration format: migrations, up/down pairs, statements, unparsed, notes (SQL Godwit cannot know)
      Map<String, int[]> byFormat = new java.util.TreeMap<>();
      for (var m : project.migrations()) {
        int[] c = byFormat.computeIfAbsent(m.format(), k -> new int[6]);
        c[0]++;
        if (m.autoDowngrade() != null) {
          c[5]++;
        }
        if (!m.up().isEmpty() && !m.down().isEmpty()) {
          c[1]++;
        }
        List<dev.godwit.model.Script> all = new ArrayList<>(m.up());
        all.addAll(m.down());
        for (var s : all) {
          for (var st : s.statements()) {
            c[2]++;
            if (st.origin() == dev.godwit.model.Statement.Origin.UNPARSED) {
              c[3]++;
            }
            if (st.node() instanceof dev.godwit.model.Node.DynamicSql || st.node() instanceof dev.godwit.model.Node.PsqlCommand) {
              c[4]++;
            }
          }
        }
      }
      byFormat.forEach((f, c) -> err.printf("stats: format %-14s %5d migrations, %5d up/down pairs (+%d reversed by the tool),"
          + " %6d statements, %4d unparsed, %4d notes (dynamic SQL, psql meta-commands)%n", f, c[0], c[1], c[5], c[2],
          c[3], c[4]));
      Map<String, Integer> byRule = new LinkedHashMap<>();
      for (Finding f : result.findings()) {
        byRule.merge(f.ruleId(), 1, Integer::sum);
      }
      err.printf("stats: findings %s%n", byRule);
    }
  }
}
