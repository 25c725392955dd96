package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.DataType;
import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Span;
import dev.godwit.model.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/** The column types a statement writes: CREATE TABLE columns, ADD COLUMN, ALTER COLUMN ... TYPE. */
final class ColumnTypes {
  private ColumnTypes() {}

  /**
   * One typed column.
   *
   * @param primaryKey true when the column alone is the table's primary key in this statement (a column of a
   *     composite key is usually a foreign key or an ordinal, not a counter that can run out)
   * @param foreignKey true when the statement makes the column (part of) a foreign key
   */
  record Typed(QualifiedName table, String column, DataType type, Span span, boolean primaryKey, boolean foreignKey) {
    String name() {
      return table + "." + column;
    }
  }

  static List<Typed> of(Node node) {
    List<Typed> out = new ArrayList<>();
    if (node instanceof Node.CreateTable create && create.table() != null && !create.asSelect()) {
      List<String> pk = new ArrayList<>();
      List<String> fk = new ArrayList<>();
      for (TableConstraint tc : create.constraints()) {
        if (tc.kind() == TableConstraint.Kind.PRIMARY_KEY) {
          pk.addAll(tc.columns());
        } else if (tc.kind() == TableConstraint.Kind.FOREIGN_KEY) {
          fk.addAll(tc.columns());
        }
      }
      for (ColumnDef c : create.columns()) {
        if (c.type() != null) {
          boolean key = c.primaryKey() || (pk.size() == 1 && pk.contains(c.name()));
          out.add(new Typed(create.table(), c.name(), c.type(), c.span(), key,
              c.references() != null || fk.contains(c.name())));
        }
      }
    } else if (node instanceof Node.AlterTable alter && alter.table() != null) {
      List<String> fk = new ArrayList<>();
      for (AlterAction a : alter.actions()) {
        if (a instanceof AlterAction.AddConstraint add && add.constraint() != null
            && add.constraint().kind() == TableConstraint.Kind.FOREIGN_KEY) {
          fk.addAll(add.constraint().columns());
        }
      }
      for (AlterAction a : alter.actions()) {
        if (a instanceof AlterAction.AddColumn add && add.column() != null && add.column().type() != null) {
          ColumnDef c = add.column();
          out.add(new Typed(alter.table(), c.name(), c.type(), c.span() != null ? c.span() : a.span(), c.primaryKey(),
              c.references() != null || fk.contains(c.name())));
        } else if (a instanceof AlterAction.AlterColumnType change && change.type() != null) {
          out.add(new Typed(alter.table(), change.column(), change.type(), a.span(), false,
              fk.contains(change.column())));
        }
      }
    }
    return out;
  }
}
