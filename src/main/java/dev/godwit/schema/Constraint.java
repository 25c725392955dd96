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

  /**
   * True for a CHECK whose condition is {@code col IS NOT NULL}, alone or as one of top-level AND-ed
   * conditions (parentheses and quotes aside): PostgreSQL 12+ can prove NOT NULL from it.
   */
  public boolean isNotNullCheckOn(String column) {
    if (kind != TableConstraint.Kind.CHECK || expression == null) {
      return false;
    }
    for (String part : conjuncts(unwrap(expression))) {
      if (isNotNull(unwrap(part), column)) {
        return true;
      }
    }
    return false;
  }

  private static String unwrap(String e) {
    e = e.strip();
    while (e.startsWith("(") && e.endsWith(")") && e.length() > 2 && balanced(e.substring(1, e.length() - 1))) {
      e = e.substring(1, e.length() - 1).strip();
    }
    return e;
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (char c : s.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Splits on AND at parenthesis depth 0 (outside quotes). */
  private static List<String> conjuncts(String e) {
    List<String> out = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean quoted = false;
    String lower = e.toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && Character.isWhitespace(c) && lower.startsWith("and", i + 1)
          && i + 4 < e.length() && Character.isWhitespace(e.charAt(i + 4))) {
        out.add(e.substring(start, i));
        start = i + 4;
        i += 3;
      }
    }
    out.add(e.substring(start));
    return out;
  }

  private static boolean isNotNull(String e, String column) {
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
