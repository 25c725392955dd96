package dev.godwit.schema;

import dev.godwit.model.DataType;
import dev.godwit.model.Expr;

/**
 * What the replayed history knows about a column.
 *
 * @param type the declared type; null when a statement Godwit could not interpret changed it
 * @param notNull whether the column is marked NOT NULL (a primary key column is)
 * @param defaultValue the DEFAULT expression, or null
 * @param identity GENERATED ... AS IDENTITY (or serial)
 * @param generated GENERATED ALWAYS AS (expr) STORED or VIRTUAL
 */
public record Column(String name, DataType type, boolean notNull, Expr defaultValue, boolean identity,
    boolean generated) {

  Column withType(DataType t) {
    return new Column(name, t, notNull, defaultValue, identity, generated);
  }

  Column withNotNull(boolean nn) {
    return new Column(name, type, nn, defaultValue, identity, generated);
  }

  Column withDefault(Expr d) {
    return new Column(name, type, notNull, d, identity, generated);
  }

  Column withName(String n) {
    return new Column(n, type, notNull, defaultValue, identity, generated);
  }
}
