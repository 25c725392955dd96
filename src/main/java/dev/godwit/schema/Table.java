package dev.godwit.schema;

import dev.godwit.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table as the replayed history knows it. Rules see it read-only; only {@link Schema} changes it.
 *
 * <p>A table the history never created (it predates the migrations Godwit read) still appears once a
 * statement alters it, with what that statement taught: then {@link #createdInHistory()} is false and the
 * column list is partial.
 */
public final class Table {
  static final int NOT_CREATED = Integer.MIN_VALUE;

  QualifiedName name;
  final LinkedHashMap<String, Column> columns = new LinkedHashMap<>();
  final List<Constraint> constraints = new ArrayList<>();
  int createdIn = NOT_CREATED;
  boolean uncertain;
  boolean partialColumns;
  boolean partitioned;
  QualifiedName partitionOf;

  Table(QualifiedName name) {
    this.name = name;
  }

  Table copy() {
    Table t = new Table(name);
    t.columns.putAll(columns);
    t.constraints.addAll(constraints);
    t.createdIn = createdIn;
    t.uncertain = uncertain;
    t.partialColumns = partialColumns;
    t.partitioned = partitioned;
    t.partitionOf = partitionOf;
    return t;
  }

  /** Sets every field back to what {@code saved} (a {@link #copy()} of this table) holds. */
  void restore(Table saved) {
    name = saved.name;
    columns.clear();
    columns.putAll(saved.columns);
    constraints.clear();
    constraints.addAll(saved.constraints);
    createdIn = saved.createdIn;
    uncertain = saved.uncertain;
    partialColumns = saved.partialColumns;
    partitioned = saved.partitioned;
    partitionOf = saved.partitionOf;
  }

  public QualifiedName name() {
    return name;
  }

  /** True when a CREATE TABLE in the replayed migrations made it (rather than an earlier baseline). */
  public boolean createdInHistory() {
    return createdIn != NOT_CREATED;
  }

  /**
   * True when a statement Godwit could not interpret (an unparsed statement, a DO block, dynamic SQL)
   * mentions the table: what the history says about it may be stale, so rules should not rely on absences.
   */
  public boolean uncertain() {
    return uncertain;
  }

  /** True when every column of the table is known: created in the history, and never made uncertain. */
  public boolean knowsAllColumns() {
    return createdInHistory() && !partialColumns && !uncertain;
  }

  /** A column by name (identifiers as the model folds them), when the history knows it. */
  public Optional<Column> column(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Column c = columns.get(name);
    if (c == null) {
      c = columns.get(name.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(c);
  }

  public List<Column> columns() {
    return List.copyOf(columns.values());
  }

  public List<Constraint> constraints() {
    return List.copyOf(constraints);
  }

  public Optional<Constraint> constraint(String name) {
    for (Constraint c : constraints) {
      if (c.name() != null && c.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** PARTITION BY: the table is a partitioned parent. */
  public boolean partitioned() {
    return partitioned;
  }

  /** The parent, for a partition; else null. */
  public QualifiedName partitionOf() {
    return partitionOf;
  }

  @Override
  public String toString() {
    return name.toString();
  }
}
