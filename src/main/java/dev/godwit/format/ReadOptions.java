package dev.godwit.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to read migrations.
 *
 * @param assumeInTransaction for formats that leave it open (plain SQL): run each script as if the
 *     tool wrapped it in a transaction
 * @param pgVersion target PostgreSQL major (Flyway's transaction decision depends on it)
 * @param threads parallelism for reading and parsing (1: on the calling thread)
 * @param dirFormats the format of the {@code .sql} files under each folder the configuration names one for
 * @param sqlFormat the format of every {@code .sql} file, when the user names it (one of
 *     {@link #SQL_FORMATS}); null to detect it per file and folder
 */
public record ReadOptions(
    boolean assumeInTransaction, int pgVersion, int threads, String sqlFormat, Map<Path, String> dirFormats) {
  /** Formats {@code --migration-format} can force on SQL files. */
  public static final List<String> SQL_FORMATS =
      List.of("flyway", "golang-migrate", "dbmate", "liquibase-sql", "numbered", "plain");

  public ReadOptions {
    if (sqlFormat != null && !SQL_FORMATS.contains(sqlFormat)) {
      throw new IllegalArgumentException("unknown migration format " + sqlFormat);
    }
    dirFormats = Map.copyOf(dirFormats);
  }

  public ReadOptions(boolean assumeInTransaction, int pgVersion, int threads, String sqlFormat) {
    this(assumeInTransaction, pgVersion, threads, sqlFormat, Map.of());
  }

  /**
   * The format forced on the {@code .sql} file {@code file}: {@link #sqlFormat} when given, else that of the
   * deepest configured folder holding the file (only {@link #SQL_FORMATS} count; others are found by their own
   * files), else null for detection.
   */
  public String sqlFormatOf(Path file) {
    if (sqlFormat != null) {
      return sqlFormat;
    }
    Path abs = file.toAbsolutePath().normalize();
    Path best = null;
    String format = null;
    for (Map.Entry<Path, String> e : dirFormats.entrySet()) {
      Path dir = e.getKey().toAbsolutePath().normalize();
      if (SQL_FORMATS.contains(e.getValue()) && abs.startsWith(dir)
          && (best == null || dir.getNameCount() > best.getNameCount())) {
        best = dir;
        format = e.getValue();
      }
    }
    return format;
  }

  public ReadOptions(boolean assumeInTransaction, int pgVersion, int threads) {
    this(assumeInTransaction, pgVersion, threads, null);
  }

  public static ReadOptions defaults() {
    return new ReadOptions(false, 18, 1);
  }
}
