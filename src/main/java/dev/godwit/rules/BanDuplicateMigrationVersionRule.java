package dev.godwit.rules;

import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.ProjectRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two migrations with one identity, which the tool refuses at deploy time: two Flyway files with the same version
 * in one version space (all locations of a configuration, else one migration folder), or two Liquibase changesets
 * with the same id, author and file.
 */
@RuleInfo(
    id = "ban-duplicate-migration-version",
    summary = "Two migrations share a version (Flyway) or an id, author and file (Liquibase)",
    severity = Severity.ERROR,
    rationale =
        "Flyway identifies a migration by its version across every location it scans, and stops with 'Found more"
            + " than one migration with version 3' before it runs anything; Liquibase identifies a changeset by"
            + " id, author and changelog path and refuses a changelog that repeats one. No statement is wrong, so"
            + " no other check sees it, and it is found only when the deployment fails.",
    safeAlternative =
        "Give the newer migration the next free version (rename V3__add_index.sql to V4__add_index.sql), or the"
            + " newer changeset a new id.",
    tags = {"history", "flyway", "liquibase"})
public final class BanDuplicateMigrationVersionRule implements ProjectRule {
  private static final Pattern CHANGESET = Pattern.compile("--\\s*changeset\\s+(\\S+?):(\\S+)", Pattern.CASE_INSENSITIVE);

  @Override
  public void check(Project project, RuleContext ctx) {
    Map<String, Script> changesets = new LinkedHashMap<>();
    for (Migration m : project.migrations()) {
      if (FlywaySettings.isFlyway(m) && m.version() != null) {
        flyway(m, m.up(), ctx);
        flyway(m, m.down(), ctx);
      } else if (m.format() != null && m.format().isLiquibase() && m.version() != null && !m.up().isEmpty()) {
        Script s = m.up().get(0);
        String author = m.format() == dev.godwit.model.Format.LIQUIBASE_SQL ? sqlAuthor(s) : m.description();
        String key = s.file().path() + "\u0000" + m.version() + "\u0000" + author;
        Script first = changesets.putIfAbsent(key, s);
        if (first != null) {
          ctx.report(s.file(), start(s), "Liquibase refuses this changelog: changeset " + m.version()
              + (author == null ? "" : " by " + author) + " is already defined at line "
              + s.file().lines().line(first.region().start()) + " of the same file (a changeset is id, author and"
              + " file).")
              .help("Give this changeset a new id.");
        }
      }
    }
  }

  /** A migration file's name: its prefix (letters), the version, then a separator. */
  private static final java.util.regex.Pattern VERSIONED_NAME =
      java.util.regex.Pattern.compile("^[A-Za-z]+\\d[0-9._]*(__|-|_[A-Za-z])");

  private static void flyway(Migration m, List<Script> scripts, RuleContext ctx) {
    List<SourceFile> files = new ArrayList<>();
    for (Script s : scripts) {
      if (!VERSIONED_NAME.matcher(s.file().name()).find()) {
        continue;
      }
      if (files.stream().noneMatch(f -> f.path().equals(s.file().path()))) {
        files.add(s.file());
      }
    }
    // a Java migration's statements may sit in the project base class it extends, which is read with it but
    // is no migration of its own, whatever its name
    List<SourceFile> bases = new ArrayList<>();
    for (SourceFile f : files) {
      String name = f.name();
      if (name.endsWith(".java")) {
        java.util.regex.Pattern extendsIt = java.util.regex.Pattern.compile(
            "\\bextends\\s+(?:[\\w.]+\\.)?" + java.util.regex.Pattern.quote(name.substring(0, name.length() - 5)) + "\\b");
        if (files.stream().anyMatch(g -> g != f && extendsIt.matcher(g.text()).find())) {
          bases.add(f);
        }
      }
    }
    files.removeAll(bases);
    for (int i = 1; i < files.size(); i++) {
      SourceFile f = files.get(i);
      ctx.report(f, RuleSupport.lineAt(f), "Flyway refuses to migrate: " + f.name() + " has version " + m.version()
          + ", like " + files.get(0).path() + " in the same set of locations ('Found more than one migration with"
          + " version " + m.version() + "').")
          .help("Rename it to the next free version; Flyway compares versions numerically across all its locations.");
    }
  }

  private static String sqlAuthor(Script s) {
    String text = s.file().text();
    int from = Math.max(0, s.region().start());
    int to = Math.min(text.length(), from + 300);
    Matcher mm = CHANGESET.matcher(text.substring(from, to));
    return mm.find() ? mm.group(1) : null;
  }

  private static Span start(Script s) {
    return RuleSupport.lineAt(s.file(), s.region().start());
  }


}
