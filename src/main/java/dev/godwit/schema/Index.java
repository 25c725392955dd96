package dev.godwit.schema;

import dev.godwit.model.QualifiedName;
import java.util.List;

/**
 * An index as the replayed history knows it: one built by CREATE INDEX, or the index behind a PRIMARY KEY
 * or UNIQUE constraint.
 *
 * @param columns the key columns (or expressions, as written), in order
 * @param partial a WHERE clause limits the rows it covers
 * @param constraint the name of the constraint it backs, or null
 */
public record Index(QualifiedName name, QualifiedName table, List<String> columns, boolean unique,
    boolean partial, String constraint) {
  public Index {
    columns = List.copyOf(columns);
  }

  /** True when the index's leading key columns are exactly {@code cols}, in any order. */
  public boolean leadsWith(List<String> cols) {
    if (partial || cols.isEmpty() || columns.size() < cols.size()) {
      return false;
    }
    java.util.Set<String> want = new java.util.HashSet<>(cols);
    for (int i = 0; i < cols.size(); i++) {
      if (!want.contains(columns.get(i))) {
        return false;
      }
    }
    return true;
  }
}
