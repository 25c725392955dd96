package dev.godwit.format;

import dev.godwit.model.Format;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to read migrations.
 *
 * @param assumeInTransaction for formats that leave it open (plain SQL): run each script as if the
 *     tool wrapped it in a transaction
 * @param pgVersion target PostgreSQL major (Flyway's transaction decision depends on it)
 * @param threads parallelism for reading and parsing (1: on the calling thread)
 * @param dirFormats the format of the {@code .sql} files under each folder the configuration names one for
 * @param sqlFormat the format of every {@code .sql} file, when the user names it (one that
 *     {@link Format#forcesSql()}); null to detect it per file and folder
 */
public record ReadOptions(
    boolean assumeInTransaction, int pgVersion, int threads, Format sqlFormat, Map<Path, Format> dirFormats) {
  public ReadOptions {
    if (sqlFormat != null && !sqlFormat.forcesSql()) {
      throw new IllegalArgumentException("migration format " + sqlFormat + " cannot be forced on SQL files");
    }
    dirFormats = Map.copyOf(dirFormats);
  }

  public ReadOptions(boolean assumeInTransaction, int pgVersion, int threads, Format sqlFormat) {
    this(assumeInTransaction, pgVersion, threads, sqlFormat, Map.of());
  }

  /**
   * The format forced on the {@code .sql} file {@code file}: {@link #sqlFormat} when given, else that of the
   * deepest configured folder holding the file (only formats that {@link Format#forcesSql()} count; others
   * are found by their own files), else null for detection.
   */
  public Format sqlFormatOf(Path file) {
    if (sqlFormat != null) {
      return sqlFormat;
    }
    Path abs = file.toAbsolutePath().normalize();
    Path best = null;
    Format format = null;
    for (Map.Entry<Path, Format> e : dirFormats.entrySet()) {
      Path dir = e.getKey().toAbsolutePath().normalize();
      if (e.getValue().forcesSql() && abs.startsWith(dir)
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
