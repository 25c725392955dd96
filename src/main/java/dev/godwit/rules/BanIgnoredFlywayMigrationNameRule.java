package dev.godwit.rules;

import dev.godwit.model.FlywayConfig;
import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.rule.ProjectRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A SQL file in a Flyway location whose name Flyway does not read as a migration: it is skipped without a word
 * (Flyway's validateMigrationNaming is false by default), so the change it holds never reaches the database.
 */
@RuleInfo(
    id = "ban-ignored-flyway-migration-name",
    summary = "A file in a Flyway location is named so that Flyway silently skips it",
    severity = Severity.ERROR,
    rationale =
        "Flyway reads a file as a migration only when its name is prefix, version, separator, description and"
            + " suffix exactly as configured (V, __, .sql by default, compared case-sensitively). v3__x.sql,"
            + " V3_x.sql (one underscore) and V3__x.SQL are skipped without an error or a warning, since"
            + " validateMigrationNaming is false by default: the deployment succeeds and the change is missing.",
    safeAlternative =
        "Rename the file to the configured pattern (V3__add_index.sql by default), or move files that are not"
            + " migrations out of the location.",
    tags = {"history", "flyway"})
public final class BanIgnoredFlywayMigrationNameRule implements ProjectRule {
  /** Flyway's SQL callbacks: files in a location that are not migrations, on purpose. */
  private static final Set<String> CALLBACKS = Set.of("beforemigrate", "beforeeachmigrate", "beforeeachmigratestatement",
      "aftereachmigratestatement", "aftereachmigratestatementerror", "aftereachmigrate", "aftereachmigrateerror",
      "aftermigrate", "aftermigrateapplied", "aftermigrateerror", "beforeundo", "beforeeachundo", "aftereachundo",
      "afterundo", "beforeclean", "afterclean", "beforeinfo", "afterinfo", "beforevalidate", "aftervalidate",
      "beforebaseline", "afterbaseline", "beforerepair", "afterrepair", "createschema", "beforeconnect",
      "afterconnect");

  @Override
  public void check(Project project, RuleContext ctx) {
    // the folders that hold Flyway migrations, and those the configurations name as locations
    Set<String> flywayDirs = new HashSet<>();
    for (Migration m : project.migrations()) {
      if (FlywaySettings.isFlyway(m)) {
        for (Script s : m.up()) {
          flywayDirs.add(parent(s.file().path()));
        }
        for (Script s : m.down()) {
          flywayDirs.add(parent(s.file().path()));
        }
      }
    }
    for (Project.Unused u : project.unused()) {
      if (u.why() != null && u.why().startsWith(Project.Unused.FLYWAY_MISNAMED)) {
        SourceFile f = u.file();
        String simple = f.name().endsWith(".java") ? f.name().substring(0, f.name().length() - 5) : f.name();
        java.util.regex.Matcher decl = java.util.regex.Pattern.compile("\\bclass\\s+"
            + java.util.regex.Pattern.quote(simple) + "\\b").matcher(f.text());
        ctx.report(f, RuleSupport.lineAt(f, decl.find() ? decl.start() : 0), u.why() + ": BaseJavaMigration reads the"
            + " version and description from the class name, so Flyway stops at startup and runs no migration.")
            .help("Rename the class V<version>__<Description> (V3__Add_index), or implement JavaMigration"
                + " directly and return the version from getVersion().");
      }
    }
    for (Migration m : project.migrations()) {
      if (FlywaySettings.isFlyway(m) || m.up().isEmpty()) {
        continue;
      }
      SourceFile f = m.up().get(0).file();
      if (!f.name().toLowerCase(Locale.ROOT).endsWith(".sql") || m.format() != dev.godwit.model.Format.PLAIN) {
        continue;
      }
      FlywayConfig c = project.flywayConfig(f.path());
      boolean inLocation = flywayDirs.contains(parent(f.path())) || inLocation(f.path(), c.locationDirs())
          || inLocation(f.path(), locationRoots(flywayDirs));
      if (!inLocation) {
        continue;
      }
      String why = why(f.name(), c);
      if (why != null) {
        ctx.report(f, RuleSupport.lineAt(f), "Flyway skips " + f.name() + " without a"
            + " word: " + why + ". Its statements never run.")
            .help("Rename it to " + suggestion(f.name(), c) + ".");
      }
    }
  }

  /**
   * The Flyway locations the migrations found imply: for each of their folders, the nearest one named
   * {@code migration} or {@code migrations} (Flyway scans a location's sub-folders too).
   */
  private static List<String> locationRoots(Set<String> flywayDirs) {
    Set<String> out = new java.util.TreeSet<>();
    for (String d : flywayDirs) {
      String[] parts = d.split("/");
      for (int i = parts.length - 1; i >= 0; i--) {
        String n = parts[i].toLowerCase(Locale.ROOT);
        if (n.equals("migration") || n.equals("migrations")) {
          out.add(String.join("/", java.util.Arrays.copyOf(parts, i + 1)));
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean inLocation(String path, List<String> dirs) {
    for (String d : dirs) {
      if (path.startsWith(d + "/")) {
        return true;
      }
    }
    return false;
  }

  /** Why Flyway, so configured, skips a name that looks like a migration; null when it does not look like one. */
  static String why(String name, FlywayConfig c) {
    String lower = name.toLowerCase(Locale.ROOT);
    String stem = name.substring(0, name.length() - 4);
    if (CALLBACKS.contains(stem.toLowerCase(Locale.ROOT).replaceAll("__.*$", ""))) {
      return null;
    }
    String suffix = c.sqlMigrationSuffixes().isEmpty() ? ".sql" : c.sqlMigrationSuffixes().get(0);
    boolean suffixOk = c.sqlMigrationSuffixes().stream().anyMatch(name::endsWith);
    String sep = c.sqlMigrationSeparator();
    for (String prefix : List.of(c.sqlMigrationPrefix(), c.undoSqlMigrationPrefix(), c.repeatableSqlMigrationPrefix())) {
      if (prefix.isEmpty() || !lower.startsWith(prefix.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String rest = stem.substring(prefix.length());
      boolean versioned = !rest.isEmpty() && Character.isDigit(rest.charAt(0));
      boolean repeatable = prefix.equals(c.repeatableSqlMigrationPrefix()) && rest.startsWith(sep.substring(0, 1));
      if (!versioned && !repeatable) {
        continue;
      }
      if (!name.startsWith(prefix)) {
        return "its prefix is " + name.substring(0, prefix.length()) + ", and Flyway matches the prefix " + prefix
            + " case-sensitively";
      }
      if (!suffixOk) {
        return "its suffix is " + name.substring(name.lastIndexOf('.')) + ", and Flyway reads only " + String.join(", ",
            c.sqlMigrationSuffixes()) + " (case-sensitively)";
      }
      if (!rest.contains(sep)) {
        return "there is no " + sep + " between its version and description"
            + (sep.equals("__") && rest.contains("_") ? " (one underscore is not the separator)" : "");
      }
      return null;
    }
    if (!c.sqlMigrationPrefix().equals("V") && name.matches("^V\\d.*")) {
      return "its prefix is V, and the configured sqlMigrationPrefix is " + c.sqlMigrationPrefix();
    }
    if (Character.isDigit(name.charAt(0)) && name.contains("_") && lower.endsWith(suffix.toLowerCase(Locale.ROOT))) {
      return "it has no " + c.sqlMigrationPrefix() + " prefix";
    }
    return null;
  }

  private static String suggestion(String name, FlywayConfig c) {
    String suffix = c.sqlMigrationSuffixes().isEmpty() ? ".sql" : c.sqlMigrationSuffixes().get(0);
    String stem = name.substring(0, name.lastIndexOf('.'));
    String prefix = c.sqlMigrationPrefix();
    String rest = Character.isDigit(stem.charAt(0)) ? stem : stem.substring(1);
    if (!rest.contains(c.sqlMigrationSeparator())) {
      rest = rest.replaceFirst("^([0-9._]*[0-9])(__|_|-)",
          "$1" + java.util.regex.Matcher.quoteReplacement(c.sqlMigrationSeparator()));
    }
    String p = Character.toUpperCase(stem.charAt(0)) == Character.toUpperCase(c.repeatableSqlMigrationPrefix().charAt(0))
        && !Character.isDigit(rest.isEmpty() ? 'x' : rest.charAt(0)) ? c.repeatableSqlMigrationPrefix()
        : Character.toUpperCase(stem.charAt(0)) == Character.toUpperCase(c.undoSqlMigrationPrefix().charAt(0))
            ? c.undoSqlMigrationPrefix() : prefix;
    return p + rest + suffix;
  }

  private static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i < 0 ? "" : path.substring(0, i);
  }
}
