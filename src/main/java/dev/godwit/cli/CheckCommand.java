package dev.godwit.cli;

import dev.godwit.config.ConfigException;
import dev.godwit.config.ConfigFiles;
import dev.godwit.config.Flags;
import dev.godwit.config.GodwitConfig;
import dev.godwit.config.Settings;
import dev.godwit.engine.Fixes;
import dev.godwit.engine.LargeTables;
import dev.godwit.engine.LintResult;
import dev.godwit.engine.LintSettings;
import dev.godwit.engine.Linter;
import dev.godwit.engine.Notification;
import dev.godwit.engine.Scope;
import dev.godwit.model.FileProblem;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Project;
import dev.godwit.report.Baseline;
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
        description = "Output format: text, sarif, json, github, gcc, gitlab or markdown (repeatable; each may be followed"
            + " by --output).")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write the preceding --format to FILE instead of standard output ('-' for standard output).")
    String output;
  }

  @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "0..*", order = 0)
  List<OutputSpec> outputSpecs = new ArrayList<>();

  @Option(names = "--pg-version", paramLabel = "N",
      description = "Target PostgreSQL major version, 10 to 18 (default: postgres-version in the config file, else 18).")
  Integer pgVersion;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at or above: error, warning, note or never (default: ${DEFAULT-VALUE}).")
  String failOn = "error";

  @Option(names = "--enable", paramLabel = "RULE-ID", split = ",", description = "Turn a rule on (repeatable).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE-ID", split = ",", description = "Turn a rule off (repeatable).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: .godwit.yml in the first PATH's folder or the nearest one above it,"
          + " up to the Git repository's root).")
  Path config;

  @Option(names = "--no-config", description = "Ignore configuration files.")
  boolean noConfig;

  @Option(names = "--changed-since", paramLabel = "GIT-REF",
      description = "Report only migrations added or changed since GIT-REF (uncommitted and untracked files count);"
          + " the migrations before them are still read, so rules know the schema they built.")
  String changedSince;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Do not report the findings recorded in FILE (see --write-baseline).")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record today's findings in FILE and exit 0; later runs with --baseline FILE report only new ones.")
  Path writeBaseline;

  @Option(names = "--fix", description = "Apply the safe fixes to the files in place, then report what is left.")
  boolean fix;

  @Option(names = "--unsafe-fixes", description = "With --fix or --diff: also apply fixes marked unsafe.")
  boolean unsafeFixes;

  @Option(names = "--diff", description = "Print the fixes --fix would apply as a unified diff instead of applying"
      + " them (exit 1 when there is one).")
  boolean diff;

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
      description = "A table whose rows are never updated or deleted, e.g. an event store (repeatable; adds to"
          + " immutable-tables of the config file).")
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
    if (pgVersion != null && (pgVersion < LintSettings.OLDEST_PG || pgVersion > LintSettings.NEWEST_PG)) {
      throw usage("--pg-version " + pgVersion + " is not supported; use " + LintSettings.OLDEST_PG + " to "
          + LintSettings.NEWEST_PG);
    }
    Map<String, String> ruleIds = ruleIds();
    for (String id : concat(enable, disable)) {
      if (!ruleIds.containsKey(id)) {
        throw usage("unknown rule \"" + id + "\"; `godwit rules` lists them");
      }
    }
    if (fix && diff) {
      throw usage("--fix applies the fixes and --diff only shows them: choose one");
    }
    if (unsafeFixes && !fix && !diff) {
      throw usage("--unsafe-fixes goes with --fix or --diff");
    }
    if (baseline != null && writeBaseline != null) {
      throw usage("--baseline and --write-baseline exclude each other");
    }
    Path workDir = env.workDir();
    List<Path> named = new ArrayList<>();
    for (Path p : paths) {
      Path abs = workDir.resolve(p).normalize();
      if (!Files.exists(abs)) {
        throw usage("no such file or directory: " + p);
      }
      named.add(abs);
    }
    if (stdinFilename != null) {
      if (!paths.isEmpty()) {
        throw usage("--stdin-filename reads standard input; do not name PATHs too");
      }
      if (fix || diff || changedSince != null) {
        throw usage("--stdin-filename does not go with --fix, --diff or --changed-since");
      }
    }
    Path first = named.isEmpty() ? workDir : named.get(0);
    GodwitConfig cfg;
    try {
      cfg = loadConfig(first, ruleIds);
    } catch (ConfigException e) {
      env.err().println("godwit: " + e.describe());
      return Main.EXIT_USAGE;
    }
    if (migrationFormat != null && (dev.godwit.model.Format.of(migrationFormat) == null
        || !dev.godwit.model.Format.of(migrationFormat).forcesSql())) {
      throw usage("--migration-format " + migrationFormat + " is not valid; use one of "
          + String.join(", ", dev.godwit.model.Format.sqlIds()));
    }
    LintSettings settings = Settings.merge(cfg,
        new Flags(pgVersion, canonical(enable), canonical(disable), requireDowngrade));
    if (!immutableTables.isEmpty()) {
      Set<String> immutable = new java.util.LinkedHashSet<>(settings.immutableTables());
      for (String t : immutableTables) {
        if (!t.isBlank()) {
          immutable.add(t.strip());
        }
      }
      settings = new LintSettings(settings.pgVersion(), settings.severities(), settings.enabled(), settings.disabled(),
          settings.requireDowngrade(), immutable, settings.largeTables(), settings.idempotency());
    }
    dirFormats = Settings.dirFormats(cfg);
    histories = cfg.histories();
    root = projectRoot(first, cfg);
    Set<Path> changed = changedSince == null ? null : GitChanges.since(first.toFile().isDirectory() ? first
        : first.getParent(), changedSince);
    baseTexts = changedSince == null ? Map.of() : GitChanges.baseTexts(first.toFile().isDirectory() ? first
        : first.getParent(), changedSince);
    Plan plan = plan(named, cfg, changed);
    long t0 = System.nanoTime();
    Outcome outcome = evaluate(plan, settings);
    if (stdinFilename == null && outcome.project.migrations().isEmpty() && outcome.project.problems().isEmpty()) {
      env.err().println(noMigrationFound(named, plan));
      return Main.EXIT_USAGE;
    }
    if (stats) {
      Stats.print(outcome.project, outcome.display, System.nanoTime() - t0, env.err());
    }
    if (writeBaseline != null) {
      Path target = workDir.resolve(writeBaseline);
      int n;
      try (Writer w = newWriter(target)) {
        n = Baseline.write(outcome.rebased.findings(), w);
      } catch (IOException e) {
        env.err().println("godwit: cannot write " + writeBaseline + ": " + e.getMessage());
        return Main.EXIT_USAGE;
      }
      env.err().println("godwit: wrote " + n + " finding" + (n == 1 ? "" : "s") + " to " + writeBaseline
          + "; check with --baseline " + writeBaseline + " to report only new ones");
      return Main.EXIT_CLEAN;
    }
    if (diff) {
      boolean any = false;
      Writer w = new OutputStreamWriter(env.out(), StandardCharsets.UTF_8);
      for (Fixes.FileChange c : Fixes.plan(outcome.display.findings(), unsafeFixes)) {
        if (c.changed()) {
          any = true;
          w.write(UnifiedDiff.of(rebase(c.file().path()), c.file().text(), c.fixed()));
        }
      }
      w.flush();
      return any ? Main.EXIT_FINDINGS : Main.EXIT_CLEAN;
    }
    if (fix) {
      Outcome[] last = {outcome};
      var fixPlan = plan;
      var fixSettings = settings;
      Fixes.Rounds rounds;
      try {
        rounds = Fixes.inRounds(outcome.display.findings(), unsafeFixes, MAX_FIX_ROUNDS, c -> {
          Path target = workDir.resolve(c.file().path());
          try {
            byte[] old = Files.readAllBytes(target);
            boolean bom = old.length >= 3 && (old[0] & 0xFF) == 0xEF && (old[1] & 0xFF) == 0xBB && (old[2] & 0xFF) == 0xBF;
            Files.writeString(target, (bom ? "\uFEFF" : "") + c.fixed(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new IOException("cannot write " + c.file().path() + ": " + e.getMessage(), e);
          }
        }, () -> {
          last[0] = evaluate(fixPlan, fixSettings);
          return last[0].display.findings();
        });
      } catch (IOException e) {
        env.err().println("godwit: " + e.getMessage());
        return Main.EXIT_USAGE;
      }
      outcome = last[0];
      int applied = rounds.applied();
      Set<String> files = rounds.files();
      env.err().println("godwit: applied " + applied + " fix" + (applied == 1 ? "" : "es") + " in " + files.size()
          + " file" + (files.size() == 1 ? "" : "s"));
    }
    List<String[]> outputs = new ArrayList<>();
    for (OutputSpec o : outputSpecs) {
      outputs.add(new String[] {o.format.toLowerCase(Locale.ROOT), o.output});
    }
    if (outputs.isEmpty()) {
      outputs.add(new String[] {"text", null});
    }
    String srcRoot = ReportContext.directoryUri(root);
    boolean colorOk = env.terminal() && !env.vars().containsKey("NO_COLOR");
    for (String[] o : outputs) {
      Reporter reporter = Reporters.forFormat(o[0]);
      boolean toStdout = o[1] == null || o[1].equals("-");
      ReportContext ctx = new ReportContext(Version.get(), srcRoot, toStdout && colorOk && o[0].equals("text"), null);
      LintResult shown = HUMAN_FORMATS.contains(o[0]) ? outcome.display : outcome.rebased;
      if (toStdout) {
        Writer w = new OutputStreamWriter(env.out(), StandardCharsets.UTF_8);
        reporter.report(shown, ctx, w);
        if (o[0].equals("text")) {
          w.write(flywayConfigLine(outcome.project));
        }
        w.flush();
      } else {
        Path target = workDir.resolve(o[1]);
        try (Writer w = newWriter(target)) {
          reporter.report(shown, ctx, w);
        } catch (IOException e) {
          env.err().println("godwit: cannot write " + o[1] + ": " + e.getMessage());
          return Main.EXIT_USAGE;
        }
      }
    }
    if (outcome.baselineNote != null) {
      env.err().println(outcome.baselineNote);
    }
    if (textToStdout(outputs) && stdinFilename == null) {
      env.out().println(foldersRead(plan));
    }
    if (failThreshold == null) {
      return Main.EXIT_CLEAN;
    }
    for (Finding f : outcome.display.findings()) {
      if (!f.suppressed() && f.severity().atLeast(failThreshold)) {
        return Main.EXIT_FINDINGS;
      }
    }
    return Main.EXIT_CLEAN;
  }

  /** The message of a run that found no migration: what was searched, and how to point Godwit at them. */
  private String noMigrationFound(List<Path> named, Plan plan) {
    String skipped = "hidden, build, vendor and test folders (src/test, test/fixtures, testdata, node_modules, target,"
        + " build, vendor) are skipped unless named";
    String hint = ". Name the migrations folder (godwit check PATH) or set migrations: in .godwit.yml.";
    if (named.isEmpty() && plan.roots().isEmpty()) {
      return "godwit: no migration found: searched " + shown(env.workDir()) + " and its sub-folders for folders of"
          + " migrations (Flyway V1__x.sql or V1__X.java, golang-migrate 1_x.up.sql, a migrations/ or changelog/"
          + " folder, a Liquibase changelog, Alembic versions/, sqitch.plan); " + skipped + hint;
    }
    List<String> searched = new ArrayList<>();
    for (Path p : named.isEmpty() ? plan.roots() : named) {
      searched.add(shown(p));
    }
    return "godwit: no migration found in " + String.join(", ", searched) + " (SQL, Flyway Java, Liquibase XML/YAML,"
        + " Alembic and Python migrations, sqitch.plan); " + skipped + hint;
  }

  /** The last line of the text report: the folders read (a named file's folder is read for its history). */
  private String foldersRead(Plan plan) {
    List<String> dirs = new ArrayList<>();
    for (Path r : plan.roots()) {
      if (Files.isDirectory(r)) {
        dirs.add(shown(r));
      }
    }
    return dirs.isEmpty() ? "Folders read: none (the files named)" : "Folders read: " + String.join(", ", dirs);
  }

  private static boolean textToStdout(List<String[]> outputs) {
    for (String[] o : outputs) {
      if (o[0].equals("text") && (o[1] == null || o[1].equals("-"))) {
        return true;
      }
    }
    return false;
  }

  /** A path as the user sees it: relative to the working directory when below it. */
  private String shown(Path p) {
    Path wd = env.workDir().toAbsolutePath().normalize();
    Path abs = wd.resolve(p).normalize();
    if (abs.equals(wd)) {
      return ".";
    }
    return abs.startsWith(wd) ? wd.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  /** Formats read by people in a terminal or editor: paths relative to the working directory. */
  private static final Set<String> HUMAN_FORMATS = Set.of("text", "gcc");
  private static final int MAX_FIX_ROUNDS = 10;

  /** The folder that machine-read paths (SARIF, annotations, baselines) are relative to. */
  private Path root;
  /** The SQL format of each configured migrations folder that names one. */
  private Map<Path, dev.godwit.model.Format> dirFormats = Map.of();
  /** Which migration folders share a database ({@code histories:} of the configuration). */
  private GodwitConfig.Histories histories = GodwitConfig.Histories.SEPARATE;
  /** With --changed-since: the base text of each file modified since (ban-editing-applied-migration). */
  private Map<Path, String> baseTexts = Map.of();

  /**
   * What to read and what to report.
   *
   * @param roots folders and files to read
   * @param namedFiles files named on the command line: only they are reported (their folder is read for history)
   * @param namedDirs folders named on the command line
   * @param changed files changed since --changed-since, or null
   */
  private record Plan(List<Path> roots, Set<Path> namedFiles, List<Path> namedDirs, Set<Path> changed,
      Settings.Excludes excludes) {
    boolean restricts() {
      return !namedFiles.isEmpty() || changed != null || !excludes.isEmpty();
    }
  }

  /** One analysis: the result with working-directory paths, the same with root-relative paths. */
  private record Outcome(Project project, LintResult display, LintResult rebased, String baselineNote) {}

  private Plan plan(List<Path> named, GodwitConfig cfg, Set<Path> changed) {
    Set<Path> namedFiles = new java.util.LinkedHashSet<>();
    List<Path> namedDirs = new ArrayList<>();
    List<Path> roots = new ArrayList<>();
    if (named.isEmpty() && cfg.migrations().isEmpty() && stdinFilename == null) {
      roots.addAll(ProjectReader.discover(env.workDir().toAbsolutePath().normalize())); // nothing configured
    } else if (named.isEmpty()) {
      roots.addAll(Settings.defaultRoots(cfg, env.workDir()));
    }
    for (Path p : named) {
      if (Files.isDirectory(p)) {
        namedDirs.add(p);
        roots.add(p);
      } else {
        namedFiles.add(p);
        roots.add(historyDir(p, cfg));
      }
    }
    List<Path> distinct = new ArrayList<>();
    for (Path r : roots) {
      boolean covered = false;
      for (Path other : roots) {
        if (!other.equals(r) && r.startsWith(other) && Files.isDirectory(other)) {
          covered = true;
        }
      }
      if (!covered && !distinct.contains(r)) {
        distinct.add(r);
      }
    }
    return new Plan(distinct, namedFiles, namedDirs, changed, Settings.excludes(cfg));
  }

  /**
   * What to read for a named file's history: its configured migrations folder, else its own folder; only the
   * file itself when that folder is the repository's root (walking a whole repository for one file costs more
   * than the history is likely worth, and a migrations folder is rarely the root).
   */
  private static Path historyDir(Path file, GodwitConfig cfg) {
    for (GodwitConfig.MigrationDir d : cfg.migrations()) {
      if (file.startsWith(d.path()) && Files.isDirectory(d.path())) {
        return d.path();
      }
    }
    Path parent = file.getParent();
    if (parent == null || Files.exists(parent.resolve(".git"))) {
      return file;
    }
    return parent;
  }

  private Outcome evaluate(Plan plan, LintSettings settings) throws IOException {
    ReadOptions options = new ReadOptions(assumeInTransaction, settings.pgVersion(), threads,
        dev.godwit.model.Format.of(migrationFormat), dirFormats);
    ProjectReader reader = new ProjectReader(options, env.workDir());
    Project project = stdinFilename != null ? reader.readStdin(env.in(), stdinFilename) : reader.read(plan.roots());
    if (!baseTexts.isEmpty()) {
      Map<String, String> byDisplay = new java.util.HashMap<>();
      Path wd = env.workDir().toAbsolutePath().normalize();
      baseTexts.forEach((p, t) -> byDisplay.put(p.startsWith(wd) ? wd.relativize(p).toString().replace('\\', '/')
          : p.toString(), t));
      project = project.withBaseTexts(byDisplay);
    }
    LintResult result = LargeTables.raise(new Linter(BuiltinRules.ALL, settings).lint(project,
        histories(project, plan.roots())), project, settings.largeTables());
    Set<String> scope = new HashSet<>(); // the files whose findings are reported
    if (stdinFilename == null && plan.restricts()) {
      result = restrict(project, result, plan, scope);
    } else {
      for (Migration m : project.migrations()) {
        for (Script s : scripts(m)) {
          scope.add(s.file().path());
        }
      }
      for (FileProblem p : project.problems()) {
        scope.add(p.path());
      }
    }
    LintResult rebased = rebase(result);
    String note = null;
    if (baseline != null) {
      Baseline base;
      try (var in = Files.newBufferedReader(env.workDir().resolve(baseline), StandardCharsets.UTF_8)) {
        base = Baseline.read(in);
      } catch (IOException e) {
        throw usage("cannot read the baseline " + baseline + ": " + e.getMessage());
      }
      Set<String> checked = new HashSet<>();
      for (String path : scope) {
        checked.add(rebase(path));
      }
      Baseline.Applied applied = base.apply(rebased.findings(), checked::contains);
      List<Finding> keptDisplay = new ArrayList<>();
      List<Finding> keptRebased = new ArrayList<>();
      for (int i : applied.kept()) {
        keptDisplay.add(result.findings().get(i));
        keptRebased.add(rebased.findings().get(i));
      }
      result = Scope.withFindings(result, keptDisplay);
      rebased = Scope.withFindings(rebased, keptRebased);
      note = "godwit: baseline " + baseline + ": " + applied.accepted() + " known finding"
          + (applied.accepted() == 1 ? "" : "s") + " accepted"
          + (applied.gone() == 0 ? "" : "; " + applied.gone() + " of its entries match nothing any more (fixed or"
              + " changed: rewrite it with --write-baseline to drop them)");
    }
    return new Outcome(project, result, rebased, note);
  }

  /**
   * The project's histories, each replayed into its own schema: one per folder read (or per configured group
   * of folders), all of them in one when the configuration says {@code histories: joined}.
   */
  private List<List<Migration>> histories(Project project, List<Path> roots) {
    if (histories.joined() || roots.size() + histories.groups().size() <= 1) {
      return List.of(project.migrations());
    }
    Map<String, List<Migration>> byHistory = new java.util.LinkedHashMap<>();
    for (Migration m : project.migrations()) {
      Path file = absolute(m.primaryFile().path()).toAbsolutePath();
      String key = null;
      int depth = -1;
      for (int g = 0; g < histories.groups().size(); g++) {
        for (Path dir : histories.groups().get(g)) {
          if (file.startsWith(dir) && dir.getNameCount() > depth) {
            depth = dir.getNameCount();
            key = "group " + g;
          }
        }
      }
      for (int r = 0; key == null && r < roots.size(); r++) {
        if (file.startsWith(roots.get(r).toAbsolutePath().normalize())) {
          key = "folder " + r;
        }
      }
      byHistory.computeIfAbsent(key == null ? "other" : key, k -> new ArrayList<>()).add(m);
    }
    return new ArrayList<>(byHistory.values());
  }

  /** Keeps the findings in the files the plan reports; {@code selected} receives those files. */
  private LintResult restrict(Project project, LintResult result, Plan plan, Set<String> selected) {
    for (Migration m : project.migrations()) {
      List<Script> all = scripts(m);
      boolean changed = plan.changed() == null;
      for (Script s : all) {
        changed |= plan.changed() != null && plan.changed().contains(absolute(s.file().path()));
      }
      for (Script s : all) {
        if (changed && reported(absolute(s.file().path()), plan)) {
          selected.add(s.file().path());
        }
      }
    }
    for (FileProblem p : project.problems()) {
      Path abs = absolute(p.path());
      if ((plan.changed() == null || plan.changed().contains(abs)) && reported(abs, plan)) {
        selected.add(p.path());
      }
    }
    return Scope.restrict(result, selected, selected.size());
  }

  private static boolean reported(Path abs, Plan plan) {
    if (plan.excludes().excludes(abs)) {
      return false;
    }
    if (plan.namedFiles().isEmpty()) {
      return true;
    }
    if (plan.namedFiles().contains(abs)) {
      return true;
    }
    for (Path d : plan.namedDirs()) {
      if (abs.startsWith(d)) {
        return true;
      }
    }
    return false;
  }

  private static List<Script> scripts(Migration m) {
    List<Script> all = new ArrayList<>(m.up());
    all.addAll(m.down());
    return all;
  }

  private Path absolute(String displayPath) {
    return env.workDir().resolve(displayPath).normalize();
  }

  /** A display path relative to the project root instead of the working directory. */
  private String rebase(String displayPath) {
    Path workDir = env.workDir().toAbsolutePath().normalize();
    if (root == null || root.equals(workDir) || displayPath == null) {
      return displayPath;
    }
    Path abs = workDir.resolve(displayPath).normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : displayPath;
  }

  private LintResult rebase(LintResult r) {
    if (root == null || root.equals(env.workDir().toAbsolutePath().normalize())) {
      return r;
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      findings.add(new Finding(f.ruleId(), f.severity(), rebase(f.path()), f.file(), f.span(), f.message(), f.help(),
          f.fix(), f.suppression()));
    }
    List<Notification> notes = new ArrayList<>();
    for (Notification n : r.notifications()) {
      notes.add(new Notification(n.level(), n.message(), rebase(n.path()), n.ruleId()));
    }
    List<dev.godwit.engine.FileSummary> read = new ArrayList<>();
    for (dev.godwit.engine.FileSummary s : r.fileSummaries()) {
      read.add(s.withPath(rebase(s.path())));
    }
    return new LintResult(findings, r.rules(), notes, r.files(), r.statements(), r.successful(), read);
  }

  /**
   * The folder machine-read paths are relative to: the Git repository's root (GitHub and GitLab resolve
   * paths against it), else the configuration file's folder, else the working directory.
   */
  private Path projectRoot(Path first, GodwitConfig cfg) {
    for (Path dir = first.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    if (cfg.baseDir() != null) {
      return cfg.baseDir();
    }
    return env.workDir().toAbsolutePath().normalize();
  }

  private GodwitConfig loadConfig(Path first, Map<String, String> ruleIds) {
    if (noConfig) {
      return GodwitConfig.none();
    }
    Path file;
    if (config != null) {
      file = env.workDir().resolve(config).normalize();
      if (!Files.isRegularFile(file)) {
        throw usage("--config " + config + ": no such file");
      }
    } else {
      file = ConfigFiles.find(first);
      if (file == null) {
        return GodwitConfig.none();
      }
    }
    Path wd = env.workDir().toAbsolutePath().normalize();
    String display = file.startsWith(wd) ? wd.relativize(file).toString().replace('\\', '/') : file.toString();
    return ConfigFiles.load(file, display, ruleIds);
  }

  /** A UTF-8 writer for an output file, creating its folder. */
  private static Writer newWriter(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(target, StandardCharsets.UTF_8);
  }

  /** Every rule id and alias, to the canonical id. */
  static Map<String, String> ruleIds() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Rule r : BuiltinRules.ALL) {
      out.put(r.id(), r.id());
      for (String a : r.info().aliases()) {
        out.put(a, r.id());
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

  /** The text summary's line naming the Flyway configuration files the run used ("" when none). */
  static String flywayConfigLine(Project project) {
    List<String> files = new ArrayList<>();
    for (var c : project.flywayConfigs()) {
      files.addAll(c.files());
    }
    return files.isEmpty() ? "" : "Flyway configuration read from " + String.join(", ", files) + "\n";
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
      Map<String, Integer> byRule = new LinkedHashMap<>();
      for (Finding f : result.findings()) {
        byRule.merge(f.ruleId(), 1, Integer::sum);
      }
      err.printf("stats: findings %s%n", byRule);
      // per migration format: migrations, up/down pairs, statements, unparsed, notes (SQL Godwit cannot know)
      Map<String, int[]> byFormat = new java.util.TreeMap<>();
      for (var m : project.migrations()) {
        int[] c = byFormat.computeIfAbsent(m.format().id(), k -> new int[6]);
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
            if (st.embedded()) {
              continue;
            }
            c[2]++;
            if (st.origin() == dev.godwit.model.Statement.Origin.UNPARSED) {
              c[3]++;
            }
            if (st.node() instanceof dev.godwit.model.Node.DynamicSql
                || st.node() instanceof dev.godwit.model.Node.PsqlCommand) {
              c[4]++;
            }
          }
        }
      }
      byFormat.forEach((f, c) -> err.printf("stats: format %-14s %5d migrations, %5d up/down pairs (+%d reversed by"
          + " the tool), %6d statements, %4d unparsed, %4d notes (dynamic SQL, psql meta-commands)%n", f, c[0], c[1],
          c[5], c[2], c[3], c[4]));
    }
  }
}
