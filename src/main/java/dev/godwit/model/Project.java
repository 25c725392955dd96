package dev.godwit.model;

import java.util.List;

/**
 * Everything Godwit read for one run: migrations in apply order (grouped per migration folder), plus the
 * files that could not be read.
 *
 * @param hasUndoMigrations whether any Flyway-style undo ({@code U}) script exists: the project writes
 *     downgrades, so a missing one is worth a finding
 */
public record Project(List<Migration> migrations, List<FileProblem> problems, boolean hasUndoMigrations) {
  public Project {
    migrations = List.copyOf(migrations);
    problems = List.copyOf(problems);
  }
}
