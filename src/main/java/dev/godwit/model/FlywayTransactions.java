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
    if (n instanceof Node.Drop d) {
      return (d.kind() == ObjectKind.INDEX && d.concurrently()) || d.kind() == ObjectKind.DATABASE;
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
    if (n instanceof Node.CreateObject co) {
      return co.kind() == ObjectKind.DATABASE;
    }
    // Flyway's regexes also match statements Godwit could not parse
    String sql = s.sql().stripLeading();
    // the head is enough, and keeps a 100 MB statement from being copied and scanned again
    String head = sql.substring(0, Math.min(sql.length(), 200)).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return head.startsWith("CREATE DATABASE") || head.startsWith("DROP DATABASE") || head.startsWith("ALTER SYSTEM")
        || head.startsWith("CREATE TABLESPACE") || head.startsWith("DROP TABLESPACE")
        || head.startsWith("CREATE SUBSCRIPTION") || head.startsWith("DROP SUBSCRIPTION")
        || head.startsWith("DISCARD ALL") || head.startsWith("VACUUM")
        || head.matches("^(CREATE|DROP)( UNIQUE)? INDEX CONCURRENTLY.*")
        || head.matches("^REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM).*");
  }

  public static String describe(Statement s) {
    String sql = s.sql().strip().replaceAll("\\s+", " ");
    return sql.length() > 40 ? sql.substring(0, 40) + "..." : sql;
  }
}
