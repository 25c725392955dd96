package dev.godwit.model;

import java.util.List;
import java.util.Map;

/**
 * Everything Godwit read for one run: migrations in apply order (grouped per migration folder), plus the
 * files that could not be read.
 *
 * @param hasUndoMigrations whether any Flyway-style undo ({@code U}) script exists: the project writes
 *     downgrades, so a missing one is worth a finding
 * @param unused files a format took as its own but made no migration of (a Liquibase changelog with
 *     changeSets for other databases only, a sqitch script the plan does not name), and why
 * @param flywayConfigs Flyway's own configuration files found for the migrations read, one per folder they
 *     apply to (see {@link #flywayConfig})
 * @param baseTexts with {@code --changed-since}: the text that each file changed since the base had there, by
 *     display path (files added since are not in it); empty otherwise
 */
public record Project(List<Migration> migrations, List<FileProblem> problems, boolean hasUndoMigrations,
    List<Unused> unused, List<FlywayConfig> flywayConfigs, Map<String, String> baseTexts) {
  public Project {
    migrations = List.copyOf(migrations);
    problems = List.copyOf(problems);
    unused = List.copyOf(unused);
    flywayConfigs = List.copyOf(flywayConfigs);
    baseTexts = Map.copyOf(baseTexts);
  }

  public Project(List<Migration> migrations, List<FileProblem> problems, boolean hasUndoMigrations) {
    this(migrations, problems, hasUndoMigrations, List.of(), List.of(), Map.of());
  }

  /** The same project, knowing what the files changed since the {@code --changed-since} base were there. */
  public Project withBaseTexts(Map<String, String> texts) {
    return new Project(migrations, problems, hasUndoMigrations, unused, flywayConfigs, texts);
  }

  /**
   * One history of this project (a migrations folder, or folders the configuration joins): its own migrations,
   * problems and undo flag, with the rest of what was read (configuration, base texts) kept.
   */
  public Project part(List<Migration> own, List<FileProblem> ownProblems, boolean undo) {
    return new Project(own, ownProblems, undo, unused, flywayConfigs, baseTexts);
  }

  /**
   * The Flyway configuration in force for a file (by display path): that of the deepest configured folder
   * holding it, else Flyway's defaults.
   */
  public FlywayConfig flywayConfig(String path) {
    FlywayConfig best = FlywayConfig.DEFAULTS;
    int depth = -1;
    for (FlywayConfig c : flywayConfigs) {
      boolean holds = c.dir().isEmpty() || path.equals(c.dir()) || path.startsWith(c.dir() + "/");
      if (holds && c.dir().length() > depth) {
        best = c;
        depth = c.dir().length();
      }
    }
    return best;
  }

  /** A file read as {@code format} that holds no migration, and why ("no changeSet for PostgreSQL"). */
  public record Unused(SourceFile file, Format format, String why) {
    /** The start of {@code why} for a Java class Flyway would fail on: its name is no migration name. */
    public static final String FLYWAY_MISNAMED = "Flyway rejects this class: 'Invalid Java-based migration class name'";
  }
}
