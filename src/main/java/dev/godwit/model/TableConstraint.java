package dev.godwit.model;

import java.util.List;

/**
 * A table constraint (in CREATE TABLE or ALTER TABLE ... ADD).
 *
 * @param name the constraint name, or null when not given
 * @param usingIndex the index of {@code UNIQUE/PRIMARY KEY USING INDEX idx}, or null
 * @param expression for CHECK: the condition's text; otherwise null
 */
public record TableConstraint(
    String name,
    Kind kind,
    List<String> columns,
    QualifiedName referencedTable,
    List<String> referencedColumns,
    String usingIndex,
    boolean notValid,
    String expression,
    Span span) {
  public enum Kind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUDE, NOT_NULL }

  public TableConstraint {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
