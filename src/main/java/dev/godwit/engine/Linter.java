package dev.godwit.engine;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Project;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Fix;
import dev.godwit.rule.MigrationRule;
import dev.godwit.rule.ProjectRule;
import dev.godwit.rule.Rule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;
import dev.godwit.schema.Schema;
import dev.godwit.schema.SchemaView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the rules over a project: dispatches statements by node type, isolates rule crashes, applies
 * in-source suppressions and sorts the findings.
 */
public final class Linter {
  /** Rule ids reported by the engine itself. */
  public static final String UNUSED_SUPPRESSION = "unused-suppression";
  public static final String INVALID_SUPPRESSION = "invalid-suppression";

  private final List<Rule> registry;
  private final LintSettings settings;
  private final List<Rule> active = new ArrayList<>();
  private final Map<String, Severity> severity = new HashMap<>();
  private final Map<String, String> idsAndAliases = new HashMap<>();
  private final Map<Class<?>, List<StatementRule<?>>> dispatch = new ConcurrentHashMap<>();
  private final List<StatementRule<?>> statementRules = new ArrayList<>();

  public Linter(List<Rule> registry, LintSettings settings) {
    this.registry = List.copyOf(registry);
    this.settings = settings;
    for (Rule r : registry) {
      RuleInfo info = r.info();
      idsAndAliases.put(info.id(), info.id());
      for (String a : info.aliases()) {
        idsAndAliases.put(a, info.id());
      }
    }
    for (Rule r : registry) {
      RuleInfo info = r.info();
      String id = info.id();
      Severity sev = info.severity();
      boolean on = info.enabledByDefault() || settings.enabled().contains(id);
      if (settings.severities().containsKey(id)) {
        sev = settings.severities().get(id); // a configured severity switches an opt-in rule on; null is "off"
        on = sev != null;
      }
      if (!on || settings.disabled().contains(id)) {
        continue;
      }
      if ((info.minPg() != 0 && settings.pgVersion() < info.minPg())
          || (info.maxPg() != 0 && settings.pgVersion() > info.maxPg())) {
        continue;
      }
      severity.put(id, sev);
      active.add(r);
      if (r instanceof StatementRule<?> sr) {
        statementRules.add(sr);
      }
    }
  }

  /** The canonical id of a rule id or alias, or null when unknown. */
  public String resolve(String idOrAlias) {
    return idsAndAliases.get(idOrAlias);
  }

  public boolean isActive(String id) {
    return severity.containsKey(id);
  }

  /** Values rules compute once per project ({@link RuleContext#perProject}); cleared by each {@link #lint}. */
  private final Map<Object, Object> perProject = new HashMap<>();

  /**
   * Lints a project made of several separate histories (databases): each is replayed into its own schema
   * and checked as if it were linted alone, and the results are merged.
   *
   * @param histories the project's migrations, each list one history in apply order; a migration in none of
   *     them is a history of its own
   */
  public LintResult lint(Project project, List<List<Migration>> histories) {
    List<List<Migration>> all = new ArrayList<>();
    java.util.Set<Migration> placed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Migration> h : histories) {
      List<Migration> kept = new ArrayList<>();
      for (Migration m : h) {
        if (placed.add(m)) {
          kept.add(m);
        }
      }
      if (!kept.isEmpty()) {
        all.add(kept);
      }
    }
    for (Migration m : project.migrations()) {
      if (placed.add(m)) {
        all.add(List.of(m));
      }
    }
    if (all.size() <= 1) {
      return lint(project);
    }
    List<Finding> findings = new ArrayList<>();
    List<Notification> notes = new ArrayList<>();
    int files = 0;
    int statements = 0;
    boolean ok = true;
    List<RuleInfo> infos = List.of();
    for (int h = 0; h < all.size(); h++) {
      List<Migration> own = new ArrayList<>();
      boolean undo = false;
      for (Migration m : all.get(h)) {
        own.add(new Migration(m.format(), m.version(), m.description(), own.size(), m.up(), m.down(),
            m.autoDowngrade()));
        undo |= m.format() != null && m.format().isFlyway() && !m.down().isEmpty();
      }
      // the files that could not be read are reported once, with the first history
      Project alone = project.part(own, h == 0 ? project.problems() : List.of(), project.hasUndoMigrations() && undo);
      LintResult r = lint(alone);
      findings.addAll(r.findings());
      notes.addAll(r.notifications());
      files += r.files();
      statements += r.statements();
      ok &= r.successful();
      infos = r.rules();
    }
    findings.sort(FINDING_ORDER);
    return new LintResult(findings, infos, notes, files, statements, ok);
  }

  private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::path)
      .thenComparingInt(f -> f.span().start())
      .thenComparingInt(f -> f.span().end())
      .thenComparing(Finding::ruleId);

  /** Lints one project as one history. Not reentrant: one project at a time per Linter. */
  public LintResult lint(Project project) {
    perProject.clear();
    toldRoleSearchPath = false;
    List<Finding> findings = new ArrayList<>();
    List<Notification> notes = new ArrayList<>();
    int statements = 0;
    Map<String, SourceFile> files = new LinkedHashMap<>();
    List<Script> scripts = new ArrayList<>();
    // The schema replayed in apply order: statement rules see the state just before their statement.
    Schema live = new Schema(schemaReplay());
    for (Migration m : project.migrations()) {
      live.beginMigration(2 * m.order());
      if (!keepsSession(m)) {
        live.resetSession();
      }
      // Migration rules first: they see the schema before the migration without a copy of it (findings are
      // sorted at the end, so the order in which rules run does not show).
      Ctx ctx = new Ctx(project, m, null, findings, notes);
      ctx.schema = live;
      for (Rule r : active) {
        if (r instanceof MigrationRule mr) {
          ctx.current = r;
          try {
            mr.check(m, ctx);
          } catch (RuntimeException e) {
            crash(notes, r, m.primaryFile(), new Span(0, 0), e);
          }
        }
      }
      for (Script s : m.up()) {
        statements += lintScript(project, m, s, live, findings, notes, scripts, files);
      }
      if (!m.down().isEmpty()) {
        // A downgrade runs after its upgrade; what it creates is new to it, and it changes nothing for later
        // migrations: its changes are taken back afterwards (a trial costs what it changes, where a copy of the
        // schema per migration made a long history quadratic).
        live.beginTrial();
        live.beginMigration(2 * m.order() + 1);
        live.resetSession(); // a downgrade is run later, by another command: a new session
        try {
          for (Script s : m.down()) {
            statements += lintScript(project, m, s, live, findings, notes, scripts, files);
          }
        } finally {
          live.endTrial();
        }
      }
    }
    Ctx pctx = new Ctx(project, null, null, findings, notes);
    for (Rule r : active) {
      if (r instanceof ProjectRule pr) {
        pctx.current = r;
        try {
          pr.check(project, pctx);
        } catch (RuntimeException e) {
          crash(notes, r, null, null, e);
        }
      }
    }
    List<Finding> result = Stacking.merge(applySuppressions(findings, scripts));
    for (var p : project.problems()) {
      notes.add(new Notification(Severity.ERROR, "not analyzed: " + p.message(), p.path(), null));
    }
    result.sort(FINDING_ORDER);
    List<RuleInfo> infos = new ArrayList<>();
    for (Rule r : registry) {
      infos.add(r.info());
    }
    boolean ok = notes.stream().noneMatch(n -> n.level() == Severity.ERROR);
    return new LintResult(result, infos, notes, files.size() + project.problems().size(), statements, ok,
        FileSummary.of(project));
  }

  /** Runs the statement rules over one script, replaying each statement into {@code schema} after its rules. */
  private int lintScript(Project project, Migration m, Script s, Schema schema, List<Finding> findings,
      List<Notification> notes, List<Script> scripts, Map<String, SourceFile> files) {
    scripts.add(s);
    files.put(s.file().path(), s.file());
    Ctx ctx = new Ctx(project, m, s, findings, notes);
    ctx.schema = schema;
    for (Statement st : s.statements()) {
      if (!st.runsInMigration()) {
        // A routine body runs when the routine is called, not when the migration runs: no rule and no schema
        // change applies to it here.
        continue;
      }
      for (StatementRule<?> rule : rulesFor(st.node().getClass())) {
        if (s.direction() == Direction.DOWN && !rule.info().checksDownScripts()) {
          continue;
        }
        ctx.current = rule;
        try {
          rule.visit(st, ctx);
        } catch (RuntimeException e) {
          crash(notes, rule, s.file(), st.span(), e);
        }
      }
      if (!toldRoleSearchPath && st.sql() != null && ROLE_SEARCH_PATH.matcher(st.sql()).find()) {
        toldRoleSearchPath = true;
        notes.add(new Notification(Severity.NOTE, s.file().path() + ":" + s.file().lines().line(st.span().start())
            + ": a search_path set with ALTER ROLE or ALTER DATABASE applies to sessions that start later, which"
            + " Godwit cannot follow: unqualified names are resolved with the search_path the migrations set"
            + " themselves (by default public)", s.file().path(), null));
      }
      try {
        schema.apply(st, !changesSession(st) || ctx.transaction(st).inTransaction());
      } catch (RuntimeException e) {
        notes.add(new Notification(Severity.NOTE, "schema replay skipped a statement on " + s.file().path() + ":"
            + s.file().lines().line(st.span().start()) + ": " + e, s.file().path(), null));
      }
    }
    // SET LOCAL ends with the transaction: the tool's commits at the end of the script, and one the script
    // opened itself ends there too, or the tool reports it left open
    schema.endTransaction();
    return (int) s.statements().stream().filter(st -> !st.embedded()).count();
  }

  /** ALTER ROLE / USER / DATABASE ... SET search_path, also inside a DO block or a string. */
  private static final java.util.regex.Pattern ROLE_SEARCH_PATH = java.util.regex.Pattern.compile(
      "(?is)\\bALTER\\s+(?:ROLE|USER|DATABASE)\\s+[^;]{0,200}?\\bSET\\s+search_path\\b");
  /** Whether this run has said once that it cannot follow ALTER ROLE/DATABASE ... SET search_path. */
  private boolean toldRoleSearchPath;

  /** Statements whose effect on the replayed session depends on being inside a transaction (SET LOCAL). */
  private static boolean changesSession(Statement st) {
    return st.node() instanceof Node.SetVariable set && set.local()
        || st.node() instanceof Node.Dml dml && dml.kind() == Node.DmlKind.SELECT && st.sql() != null
            && st.sql().toLowerCase(java.util.Locale.ROOT).contains("set_config");
  }

  /**
   * Whether the search_path a migration's {@code SET} leaves is still in force in the next migration of the
   * same run. Liquibase runs a whole update on one connection; golang-migrate and Alembic use one connection
   * per run; dbmate a pool that reuses its connection. Flyway sets the search_path back to its default schema
   * before each migration; sqitch runs each change in its own psql; plain and numbered scripts and Python
   * scripts are run one by one. (A history that relies on it also needs the path where the earlier migration
   * is not run again, on a database that has it already: Godwit assumes that path is the same.)
   */
  static boolean keepsSession(Migration m) {
    Format f = m.format();
    return f != null && (f.isLiquibase() || f == Format.GOLANG_MIGRATE || f == Format.DBMATE || f == Format.ALEMBIC);
  }

  /**
   * Schema replay is on unless the system property {@code godwit.schema} is {@code off} (statement-only
   * analysis, to measure what the replay changes).
   */
  private static boolean schemaReplay() {
    return !"off".equalsIgnoreCase(System.getProperty("godwit.schema", "on"));
  }

  private List<StatementRule<?>> rulesFor(Class<?> nodeClass) {
    return dispatch.computeIfAbsent(nodeClass, c -> {
      List<StatementRule<?>> out = new ArrayList<>();
      for (StatementRule<?> r : statementRules) {
        if (r.target().isAssignableFrom(c)) {
          out.add(r);
        }
      }
      return out;
    });
  }

  private static void crash(List<Notification> notes, Rule rule, SourceFile file, Span span, RuntimeException e) {
    String where = file == null ? "" : " on " + file.path()
        + (span == null ? "" : ":" + file.lines().line(span.start()) + ":" + file.lines().column(span.start()));
    StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    notes.add(new Notification(Severity.ERROR,
        "rule " + rule.id() + " crashed" + where + ": " + e + (top == null ? "" : " at " + top)
            + "; its other findings are still reported",
        file == null ? null : file.path(), rule.id()));
  }

  private List<Finding> applySuppressions(List<Finding> findings, List<Script> scripts) {
    Map<String, List<Finding>> byPath = new LinkedHashMap<>();
    for (Finding f : findings) {
      byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
    }
    Map<Finding, Finding.Suppression> suppressed = new IdentityHashMap<>();
    List<Finding> extra = new ArrayList<>();
    Map<String, Boolean> seenFile = new HashMap<>();
    for (Script s : scripts) {
      Suppressions sup = Suppressions.of(s);
      if (sup.directives.isEmpty()) {
        continue;
      }
      String path = s.file().path();
      for (Finding f : byPath.getOrDefault(path, List.of())) {
        if (!isSuppressible(f.ruleId()) || suppressed.containsKey(f)) {
          continue;
        }
        for (Suppressions.Entry e : sup.entries) {
          String id = resolve(e.id);
          int at = f.span().start();
          if (id != null && id.equals(f.ruleId()) && e.directive.covers().start() <= at
              && at <= e.directive.covers().end()) {
            e.used = true;
            suppressed.put(f, new Finding.Suppression(e.directive.reason()));
            break;
          }
        }
      }
      if (seenFile.put(path + "@" + s.region().start(), true) != null) {
        continue;
      }
      for (Suppressions.Directive d : sup.directives) {
        if (d.problem() != null && isActive(INVALID_SUPPRESSION)) {
          extra.add(engineFinding(INVALID_SUPPRESSION, s.file(), d.comment().span(), d.problem(),
              "Write \"-- godwit-ignore: <rule-id>[, <rule-id>] -- <reason>\" on the line before the statement."));
        }
      }
      for (Suppressions.Entry e : sup.entries) {
        String id = resolve(e.id);
        if (id == null) {
          if (isActive(INVALID_SUPPRESSION)) {
            extra.add(engineFinding(INVALID_SUPPRESSION, s.file(), e.directive.comment().span(),
                "godwit-ignore names an unknown rule \"" + e.id + "\"",
                "Use a rule id from `godwit rules`."));
          }
        } else if (!e.used && isActive(id) && isActive(UNUSED_SUPPRESSION)) {
          extra.add(engineFinding(UNUSED_SUPPRESSION, s.file(), e.directive.comment().span(),
              "godwit-ignore for " + id + " suppresses nothing" + (e.directive.file() ? " in this file" : " on this statement"),
              "Remove the ignore comment (or the rule id from it): the hazard it accepted is gone."));
        }
      }
    }
    List<Finding> out = new ArrayList<>(findings.size() + extra.size());
    for (Finding f : findings) {
      Finding.Suppression s = suppressed.get(f);
      out.add(s == null ? f : f.withSuppression(s));
    }
    out.addAll(extra);
    return out;
  }

  private boolean isSuppressible(String ruleId) {
    for (Rule r : registry) {
      if (r.id().equals(ruleId)) {
        return r.info().suppressible();
      }
    }
    return true;
  }

  private Finding engineFinding(String id, SourceFile file, Span span, String message, String help) {
    return new Finding(id, severity.get(id), file.path(), file, span, message, help, null, null);
  }

  /** The rule context for one script (or migration, or project). */
  private final class Ctx implements RuleContext {
    final Project project;
    final Migration migration;
    final Script script;
    final List<Finding> findings;
    final List<Notification> notes;
    Rule current;
    SchemaView schema = RuleContext.NO_SCHEMA;
    private List<TxState> tx;

    Ctx(Project project, Migration migration, Script script, List<Finding> findings, List<Notification> notes) {
      this.project = project;
      this.migration = migration;
      this.script = script;
      this.findings = findings;
      this.notes = notes;
    }

    @Override
    public int pgVersion() {
      return settings.pgVersion();
    }

    @Override
    public Project project() {
      return project;
    }

    @Override
    public Migration migration() {
      return migration;
    }

    @Override
    public Script script() {
      return script;
    }

    @Override
    public TxState transaction(Statement statement) {
      if (script == null) {
        return TxState.NONE;
      }
      if (tx == null) {
        tx = Transactions.states(script);
      }
      int i = statement.index();
      return i >= 0 && i < tx.size() ? tx.get(i) : TxState.NONE;
    }

    @Override
    public java.util.Set<String> immutableTables() {
      return settings.immutableTables();
    }

    @Override
    public SchemaView schema() {
      return schema;
    }

    @Override
    public boolean createdInMigration(QualifiedName table, Statement statement) {
      if (migration == null || table == null) {
        return false;
      }
      if (schema.enabled() && script != null) {
        return schema.isNewTable(table);
      }
      List<Script> scripts = script != null && script.direction() == Direction.DOWN ? migration.down() : migration.up();
      for (Script s : scripts) {
        boolean same = s == script;
        for (Statement st : s.statements()) {
          if (same && st.index() >= statement.index()) {
            break;
          }
          if (st.node() instanceof Node.CreateTable ct && ct.table().sameAs(table)) {
            return true;
          }
        }
        if (same) {
          break;
        }
      }
      return false;
    }

    @Override
    public boolean requireDowngrade() {
      return settings.requireDowngrade();
    }

    @Override
    public dev.godwit.rule.IdempotencyPolicy idempotency() {
      return settings.idempotency();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T perProject(Object key, java.util.function.Function<Project, T> compute) {
      T value = (T) Linter.this.perProject.get(key);
      if (value == null) {
        value = compute.apply(project);
        Linter.this.perProject.put(key, value);
      }
      return value;
    }

    @Override
    public FindingBuilder report(Span span, String message) {
      if (script == null) {
        throw new IllegalStateException("report(span, message) needs a script; use report(file, span, message)");
      }
      return report(script.file(), span, message);
    }

    @Override
    public FindingBuilder report(SourceFile file, Span span, String message) {
      return add(file.path(), file, span, message);
    }

    @Override
    public FindingBuilder report(String path, String message) {
      return add(path, null, new Span(0, 0), message);
    }

    private FindingBuilder add(String path, SourceFile file, Span span, String message) {
      RuleInfo info = current.info();
      int index = findings.size();
      findings.add(new Finding(info.id(), severity.get(info.id()), path, file, span, message,
          info.safeAlternative(), null, null));
      return new FindingBuilder() {
        @Override
        public FindingBuilder help(String help) {
          Finding f = findings.get(index);
          findings.set(index, new Finding(f.ruleId(), f.severity(), f.path(), f.file(), f.span(), f.message(), help,
              f.fix(), null));
          return this;
        }

        @Override
        public FindingBuilder fix(Fix fix) {
          Finding f = findings.get(index);
          findings.set(index, new Finding(f.ruleId(), f.severity(), f.path(), f.file(), f.span(), f.message(), f.help(),
              fix, null));
          return this;
        }

        @Override
        public FindingBuilder atMost(Severity cap) {
          Finding f = findings.get(index);
          if (f.severity() != null && !cap.atLeast(f.severity())) {
            findings.set(index, new Finding(f.ruleId(), cap, f.path(), f.file(), f.span(), f.message(), f.help(),
                f.fix(), null));
          }
          return this;
        }
      };
    }
  }

  /** True when a script runs inside a transaction the migration tool opened. */
  static boolean toolTransaction(Script s) {
    if (s.txMode() == TxMode.WRAPPED) {
      return true;
    }
    if (s.txMode() == TxMode.IMPLICIT_MULTI_STATEMENT) {
      long n = s.statements().stream().filter(st -> st.origin() != Statement.Origin.META && !st.embedded()).count();
      return n > 1;
    }
    return false;
  }
}
