package dev.godwit.schema;

import dev.godwit.model.DataType;
import dev.godwit.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/**
 * The database schema as the migrations replayed so far leave it, read-only. Rules get it through
 * {@code RuleContext.schema()}: for a statement, the state just before it (earlier migrations, and the
 * earlier statements of its own migration).
 *
 * <p>Names resolve as PostgreSQL resolves them when the statement runs: a qualified name is that object, an
 * unqualified one the first of that name on the {@code search_path} in force (by default {@code public};
 * the history's {@code SET search_path} changes it), never a table of the same name in another schema.
 * Lookups of objects the history never saw are empty: rules must then treat the object as unknown, not as
 * absent.
 */
public interface SchemaView {
  /** False when schema replay is switched off (statement-only analysis): every lookup is then empty. */
  boolean enabled();

  Optional<Table> table(QualifiedName name);

  /** True when the table was created by the current migration, before the statement being checked. */
  boolean isNewTable(QualifiedName name);

  Optional<Index> index(QualifiedName name);

  /** Every index the history knows on a table (including those behind PRIMARY KEY and UNIQUE). */
  List<Index> indexesOn(QualifiedName table);

  Optional<EnumType> enumType(QualifiedName name);

  /** True when the enum type was created by the current migration, before the statement being checked. */
  boolean isNewType(QualifiedName name);

  boolean sequenceExists(QualifiedName name);

  /** The column's current type, when the history knows it and nothing uninterpreted touched the table. */
  default Optional<DataType> columnType(QualifiedName table, String column) {
    Optional<Table> t = table(table);
    if (t.isEmpty() || t.get().uncertain()) {
      return Optional.empty();
    }
    return t.get().column(column).map(Column::type);
  }

  /** Whether the column is NOT NULL: YES/NO when known, UNKNOWN otherwise. */
  default Knowledge notNull(QualifiedName table, String column) {
    Optional<Table> t = table(table);
    if (t.isEmpty()) {
      return Knowledge.UNKNOWN;
    }
    Optional<Column> c = t.get().column(column);
    if (c.isEmpty()) {
      return Knowledge.UNKNOWN;
    }
    if (c.get().notNull()) {
      return Knowledge.YES;
    }
    return t.get().uncertain() ? Knowledge.UNKNOWN : Knowledge.NO;
  }

  /** True when a validated {@code CHECK (column IS NOT NULL)} exists on the table. */
  default boolean hasValidatedNotNullCheck(QualifiedName table, String column) {
    Optional<Table> t = table(table);
    return t.isPresent() && t.get().constraints.stream()
        .anyMatch(c -> c.validated() && c.isNotNullCheckOn(column));
  }

  /**
   * Whether an index (or a PRIMARY KEY / UNIQUE constraint) on the table leads with exactly these columns:
   * YES when one is known; NO only when the table is fully known; else UNKNOWN.
   */
  default Knowledge indexedBy(QualifiedName table, List<String> columns) {
    for (Index i : indexesOn(table)) {
      if (i.leadsWith(columns)) {
        return Knowledge.YES;
      }
    }
    Optional<Table> t = table(table);
    return t.isPresent() && t.get().knowsAllColumns() ? Knowledge.NO : Knowledge.UNKNOWN;
  }

  /** The table an index belongs to, when the history knows the index. */
  default Optional<QualifiedName> tableOfIndex(QualifiedName index) {
    return index(index).map(Index::table);
  }
}
