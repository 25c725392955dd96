package dev.godwit.model;

import java.util.List;

/**
 * Everything Godwit read for one run: migrations in apply order (grouped per migration folder), plus the
 * files that could not be read.
 *
 * @param hasUndoMigrations whether any Flyway-style undo ({@code U}) script exists: the project writes
 *     downgrades, so a missing one is worth a finding
 * @param unused files a format took as its own but made no migration of (a Liquibase changelog with
 *     changeSets for other databases only, a sqitch script the plan does not name), and why
 */
public record Project(List<Migration> migrations, List<FileProblem> problems, boolean hasUndoMigrations,
    List<Unused> unused) {
  public Project {
    migrations = List.copyOf(migrations);
    problems = List.copyOf(problems);
    unused = List.copyOf(unused);
  }

  public Project(List<Migration> migrations, List<FileProblem> problems, boolean hasUndoMigrations) {
    this(migrations, problems, hasUndoMigrations, List.of());
  }

  /** A file read as {@code format} that holds no migration, and why ("no changeSet for PostgreSQL"). */
  public record Unused(SourceFile file, Format format, String why) {}
}
