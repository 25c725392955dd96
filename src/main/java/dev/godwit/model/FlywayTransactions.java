package dev.godwit.model;

import java.util.List;
import java.util.Locale;

/**
 * Flyway's own rule (PostgreSQLParser.detectCanExecuteInTransaction): a script holding a statement
 * that PostgreSQL refuses to run in a transaction block runs without a transaction. With Flyway's
 * default {@code mixed=false}, a script that holds such a statement and any other statement is refused
 * ("Detected both transactional and non-transactional statements within the same migration"). The
 * format reader uses it to decide a script's transaction, the rules to explain it.
 */
public final class FlywayTransactions {
  private FlywayTransactions() {}

  /** The first statement that makes Flyway run the script outside a transaction, or null. */
  public static Statement nonTransactional(List<Statement> statements, int pgVersion) {
    for (Statement s : statements) {
      if (isNonTransactional(s, pgVersion)) {
        return s;
      }
    }
    return null;
  }

  public static boolean isNonTransactional(Statement s, int pgVersion) {
    Node n = s.node();
    if (n instanceof Node.CreateIndex ci) {
      return ci.concurrently();
    }
    if (n instanceof Node.Reindex r) {
      return r.target() == ObjectKind.SCHEMA || r.target() == ObjectKind.DATABASE || r.target() == ObjectKind.OTHER;
    }
    if (n instanceof Node.Maintenance m) {
      return m.command().equalsIgnoreCase("VACUUM");
    }
    if (n instanceof Node.AlterTypeAddValue) {
      return pgVersion < 12;
    }
    if (n instanceof Node.Drop d && ((d.kind() == ObjectKind.INDEX && d.concurrently()) || d.kind() == ObjectKind.DATABASE)) {
      return true;
    }
    if (n instanceof Node.CreateObject co && co.kind() == ObjectKind.DATABASE) {
      return true;
    }
    // Flyway's regexes also match statements Godwit modelled otherwise (CREATE TABLESPACE) or could not parse
    return headIsNonTransactional(s.sql());
  }

  /**
   * Flyway's patterns on the statement's first words (read without copying the statement, which may be
   * 100 MB, and without regular expressions: this runs for every statement of every Flyway script).
   */
  static boolean headIsNonTransactional(String sql) {
    String[] w = firstWords(sql, 4);
    String a = w[0];
    String b = w[1];
    if (a == null) {
      return false;
    }
    return switch (a) {
      case "CREATE", "DROP" -> "DATABASE".equals(b) || "TABLESPACE".equals(b) || "SUBSCRIPTION".equals(b)
          || ("INDEX".equals(b) && "CONCURRENTLY".equals(w[2]))
          || ("UNIQUE".equals(b) && "INDEX".equals(w[2]) && "CONCURRENTLY".equals(w[3]));
      case "ALTER" -> "SYSTEM".equals(b);
      case "DISCARD" -> "ALL".equals(b);
      case "VACUUM" -> true;
      case "REINDEX" -> isReindexTarget(b) || ("VERBOSE".equals(b) && isReindexTarget(w[2]));
      default -> false;
    };
  }

  private static boolean isReindexTarget(String word) {
    return "SCHEMA".equals(word) || "DATABASE".equals(word) || "SYSTEM".equals(word);
  }

  /** Up to {@code n} leading words (letters and underscores, upper-cased), separated by whitespace only. */
  private static String[] firstWords(String sql, int n) {
    String[] out = new String[n];
    int i = 0;
    int len = sql.length();
    for (int k = 0; k < n; k++) {
      while (i < len && Character.isWhitespace(sql.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < len && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
        i++;
      }
      if (i == start || (i < len && !Character.isWhitespace(sql.charAt(i)) && k + 1 < n)) {
        if (i > start) {
          out[k] = sql.substring(start, i).toUpperCase(Locale.ROOT);
        }
        break;
      }
      out[k] = sql.substring(start, i).toUpperCase(Locale.ROOT);
    }
    return out;
  }

  public static String describe(Statement s) {
    String sql = s.sql().strip().replaceAll("\\s+", " ");
    return sql.length() > 40 ? sql.substring(0, 40) + "..." : sql;
  }
}
