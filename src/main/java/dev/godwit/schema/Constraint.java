package dev.godwit.schema;

import dev.godwit.model.QualifiedName;
import dev.godwit.model.TableConstraint;
import java.util.List;

/**
 * A table constraint as the replayed history knows it.
 *
 * @param name the constraint's name (PostgreSQL's default name when none was written)
 * @param validated false while a constraint added NOT VALID has not been validated
 * @param expression for CHECK: the condition's text; otherwise null
 * @param referencedTable for FOREIGN KEY: the referenced table; otherwise null
 */
public record Constraint(String name, TableConstraint.Kind kind, List<String> columns, boolean validated,
    String expression, QualifiedName referencedTable) {
  public Constraint {
    columns = List.copyOf(columns);
  }

  Constraint validatedNow() {
    return new Constraint(name, kind, columns, true, expression, referencedTable);
  }

  Constraint withName(String n) {
    return new Constraint(n, kind, columns, validated, expression, referencedTable);
  }

  Constraint withColumns(List<String> cols) {
    return new Constraint(name, kind, cols, validated, expression, referencedTable);
  }

  /** True for a CHECK whose condition is exactly {@code col IS NOT NULL} (parentheses and quotes aside). */
  public boolean isNotNullCheckOn(String column) {
    if (kind != TableConstraint.Kind.CHECK || expression == null) {
      return false;
    }
    String e = expression.strip();
    while (e.startsWith("(") && e.endsWith(")") && e.length() > 2) {
      e = e.substring(1, e.length() - 1).strip();
    }
    String[] parts = e.split("\\s+");
    if (parts.length != 4 || !parts[1].equalsIgnoreCase("is") || !parts[2].equalsIgnoreCase("not")
        || !parts[3].equalsIgnoreCase("null")) {
      return false;
    }
    String c = parts[0];
    if (c.startsWith("\"") && c.endsWith("\"") && c.length() > 1) {
      return c.substring(1, c.length() - 1).equals(column);
    }
    return c.equalsIgnoreCase(column);
  }
}
