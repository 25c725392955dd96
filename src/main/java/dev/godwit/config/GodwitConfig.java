package dev.godwit.config;

import dev.godwit.model.Format;
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
 * @param histories {@code histories}: which migration folders share a database
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
    Histories histories,
    IdempotencyPolicy idempotency) {

  /** The migration formats a {@code migrations:} entry may name. */
  public static final List<String> FORMATS = Format.configurableIds();

  /** Every top-level key, in the order of the documentation. */
  public static final List<String> KEYS = List.of("postgres-version", "migrations", "rules", "immutable-tables",
      "large-tables", "exclude", "require-downgrade", "histories", "idempotency");

  /** Rule levels in {@code rules:}. */
  public static final List<String> LEVELS = List.of("error", "warning", "note", "off");

  /**
   * One migration folder.
   *
   * @param path absolute
   * @param format one of {@link #FORMATS}, or null for auto-detection
   * @param line where the entry is written, for messages
   */
  public record MigrationDir(Path path, Format format, int line) {}

  /**
   * How the migration folders of one run (the {@code migrations:} entries, or the PATHs named) relate:
   * {@code separate}, each its own database, replayed alone (the default); {@code joined}, one database,
   * replayed in the order the folders are given; or groups of folders, each group one database (a folder in
   * no group is a database of its own).
   *
   * @param joined every folder is one database
   * @param groups the folders of each group, absolute; empty unless groups are configured
   */
  public record Histories(boolean joined, List<List<Path>> groups) {
    public static final Histories SEPARATE = new Histories(false, List.of());
    public static final Histories JOINED = new Histories(true, List.of());

    public Histories {
      groups = groups.stream().map(List::copyOf).toList();
    }
  }


  public GodwitConfig {
    if (histories == null) {
      histories = Histories.SEPARATE;
    }
    migrations = List.copyOf(migrations);
    rules = Map.copyOf(rules);
    immutableTables = List.copyOf(immutableTables);
    largeTables = List.copyOf(largeTables);
    exclude = List.copyOf(exclude);
  }

  /** The configuration without {@code histories} and {@code idempotency}: their defaults. */
  public GodwitConfig(Path file, Integer postgresVersion, List<MigrationDir> migrations, Map<String, String> rules,
      List<String> immutableTables, List<String> largeTables, List<String> exclude, Boolean requireDowngrade) {
    this(file, postgresVersion, migrations, rules, immutableTables, largeTables, exclude, requireDowngrade,
        Histories.SEPARATE, null);
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
