package dev.godwit.format;

import java.util.List;

/**
 * How to read migrations.
 *
 * @param assumeInTransaction for formats that leave it open (plain SQL): run each script as if the
 *     tool wrapped it in a transaction
 * @param pgVersion target PostgreSQL major (Flyway's transaction decision depends on it)
 * @param threads parallelism for reading and parsing (1: on the calling thread)
 * @param sqlFormat the format of every {@code .sql} file, when the user names it (one of
 *     {@link #SQL_FORMATS}); null to detect it per file and folder
 */
public record ReadOptions(boolean assumeInTransaction, int pgVersion, int threads, String sqlFormat) {
  /** Formats {@code --migration-format} can force on SQL files. */
  public static final List<String> SQL_FORMATS =
      List.of("flyway", "golang-migrate", "dbmate", "liquibase-sql", "numbered", "plain");

  public ReadOptions {
    if (sqlFormat != null && !SQL_FORMATS.contains(sqlFormat)) {
      throw new IllegalArgumentException("unknown migration format " + sqlFormat);
    }
  }

  public ReadOptions(boolean assumeInTransaction, int pgVersion, int threads) {
    this(assumeInTransaction, pgVersion, threads, null);
  }

  public static ReadOptions defaults() {
    return new ReadOptions(false, 18, 1);
  }
}
