package dev.godwit.config;

import dev.godwit.rule.IdempotencyPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The content of a {@code .godwit.yml}, validated. Absent keys are null (or empty), so that flags and
 * defaults can tell "not configured" from a configured value.
 *
 * @param file the file read (absolute), or null when there is none
 * @param postgresVersion {@code postgres-version}, or null
 * @param migrations {@code migrations:} entries, paths resolved against the file's directory
 * @param rules canonical rule id to level: error, warning, note or off
 * @param exclude globs relative to the file's directory
 * @param requireDowngrade {@code require-downgrade}, or null
 * @param idempotency {@code idempotency}, or null
 */
public record GodwitConfig(
    Path file,
    Integer postgresVersion,
    List<MigrationDir> migrations,
    Map<String, String> rules,
    List<String> immutableTables,
    List<String> largeTables,
    List<String> exclude,
    Boolean requireDowngrade,
    IdempotencyPolicy idempotency) {

  /** The migration formats a {@code migrations:} entry may name. */
  public static final List<String> FORMATS = List.of(
      "flyway", "golang-migrate", "dbmate", "liquibase-sql", "sqitch", "alembic", "numbered", "plain");

  /** Every top-level key, in the order of the documentation. */
  public static final List<String> KEYS = List.of("postgres-version", "migrations", "rules", "immutable-tables",
      "large-tables", "exclude", "require-downgrade", "idempotency");

  /** Rule levels in {@code rules:}. */
  public static final List<String> LEVELS = List.of("error", "warning", "note", "off");

  /**
   * One migration folder.
   *
   * @param path absolute
   * @param format one of {@link #FORMATS}, or null for auto-detection
   * @param line where the entry is written, for messages
   */
  public record MigrationDir(Path path, String format, int line) {}

  public GodwitConfig {
    migrations = List.copyOf(migrations);
    rules = Map.copyOf(rules);
    immutableTables = List.copyOf(immutableTables);
    largeTables = List.copyOf(largeTables);
    exclude = List.copyOf(exclude);
  }

  public GodwitConfig(Path file, Integer postgresVersion, List<MigrationDir> migrations, Map<String, String> rules,
      List<String> immutableTables, List<String> largeTables, List<String> exclude, Boolean requireDowngrade) {
    this(file, postgresVersion, migrations, rules, immutableTables, largeTables, exclude, requireDowngrade, null);
  }

  /** No configuration file. */
  public static GodwitConfig none() {
    return new GodwitConfig(null, null, List.of(), Map.of(), List.of(), List.of(), List.of(), null);
  }

  /** The directory relative paths in the file are resolved against, or null. */
  public Path baseDir() {
    return file == null ? null : file.getParent();
  }
}
