package dev.godwit.model;

import java.util.List;

/**
 * One migration: a version, an up part and (where the format has one) a down part.
 *
 * @param version the version as written ("1.2", "20240101120000", "0004"); null for repeatables
 * @param order position in the project's apply order, from 0
 * @param up the forward script(s); empty for an orphan down
 * @param down the downgrade script(s); empty when absent
 * @param autoDowngrade when the tool reverses the migration by itself without a written downgrade (a
 *     Liquibase change with automatic rollback): how, for messages; otherwise null
 */
public record Migration(
    String format,
    String version,
    String description,
    int order,
    List<Script> up,
    List<Script> down,
    String autoDowngrade) {
  public Migration {
    up = List.copyOf(up);
    down = List.copyOf(down);
  }

  public Migration(
      String format, String version, String description, int order, List<Script> up, List<Script> down) {
    this(format, version, description, order, up, down, null);
  }

  /** The file that identifies the migration, for findings about the migration as a whole. */
  public SourceFile primaryFile() {
    return !up.isEmpty() ? up.get(0).file() : down.get(0).file();
  }
}
