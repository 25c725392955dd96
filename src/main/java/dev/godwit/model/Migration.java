package dev.godwit.model;

import java.util.List;
import java.util.Objects;

/**
 * One migration: a version, an up part and (where the format has one) a down part.
 *
 * @param format the migration tool whose conventions it follows
 * @param version the version as written ("1.2", "20240101120000", "0004"); null for repeatables
 * @param order position in the project's apply order, from 0
 * @param up the forward script(s); empty for an orphan down
 * @param down the downgrade script(s); empty when absent
 * @param autoDowngrade when the tool reverses the migration by itself without a written downgrade (a
 *     Liquibase change with automatic rollback): how, for messages; otherwise null
 */
public record Migration(
    Format format,
    String version,
    String description,
    int order,
    List<Script> up,
    List<Script> down,
    String autoDowngrade) {
  public Migration {
    Objects.requireNonNull(format, "format");
    up = List.copyOf(up);
    down = List.copyOf(down);
  }

  public Migration(
      Format format, String version, String description, int order, List<Script> up, List<Script> down) {
    this(format, version, description, order, up, down, null);
  }

  /** The same migration at another position of the apply order. */
  public Migration at(int order) {
    return order == this.order ? this : new Migration(format, version, description, order, up, down, autoDowngrade);
  }

  /** The file that identifies the migration, for findings about the migration as a whole. */
  public SourceFile primaryFile() {
    return !up.isEmpty() ? up.get(0).file() : down.get(0).file();
  }
}
