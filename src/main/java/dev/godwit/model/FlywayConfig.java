package dev.godwit.model;

import java.util.List;
import java.util.Map;

/**
 * Flyway's own configuration as the project writes it ({@code flyway.conf}, {@code flyway.toml}, the
 * {@code flyway-maven-plugin}, Spring Boot's {@code spring.flyway.*}), for the migrations under one folder.
 * Values the files do not set are Flyway's defaults.
 *
 * @param dir display path of the folder whose migrations it applies to ("" for every path)
 * @param files display paths of the files it was read from, in the order read (later ones win); empty when
 *     nothing was found and the defaults apply
 * @param locations the configured locations, as written ({@code classpath:db/migration}, {@code filesystem:sql})
 * @param locationDirs display paths of the folders those locations name in the repository
 * @param placeholders {@code placeholders.*}: name → value
 * @param placeholderReplacement false when the project switched replacement off
 * @param initSql statements of {@code initSql} / {@code init-sqls}: Flyway runs them on every connection it
 *     opens, before the migrations (their spans are in {@code initSqlFile})
 * @param initSqlFile display path of the file that sets {@code initSql}, null when none does
 * @param transactionalLock {@code postgresql.transactional.lock}; null when not set (Flyway 9.1.2+: true)
 * @param transactionalLockFile display path of the file that sets it, null when none does
 */
public record FlywayConfig(
    String dir,
    List<String> files,
    List<String> locations,
    List<String> locationDirs,
    Map<String, String> placeholders,
    boolean placeholderReplacement,
    String sqlMigrationPrefix,
    String undoSqlMigrationPrefix,
    String repeatableSqlMigrationPrefix,
    String sqlMigrationSeparator,
    List<String> sqlMigrationSuffixes,
    boolean mixed,
    boolean group,
    boolean outOfOrder,
    List<Statement> initSql,
    String initSqlFile,
    Boolean transactionalLock,
    String transactionalLockFile) {
  public FlywayConfig {
    files = List.copyOf(files);
    locations = List.copyOf(locations);
    locationDirs = List.copyOf(locationDirs);
    placeholders = Map.copyOf(placeholders);
    sqlMigrationSuffixes = List.copyOf(sqlMigrationSuffixes);
    initSql = List.copyOf(initSql);
  }

  /** Flyway's defaults, for a project that configures nothing. */
  public static final FlywayConfig DEFAULTS = new FlywayConfig("", List.of(), List.of("classpath:db/migration"),
      List.of(), Map.of(), true, "V", "U", "R", "__", List.of(".sql"), false, false, false, List.of(), null, null,
      null);

  /** Whether a project file configured Flyway (else the defaults apply). */
  public boolean configured() {
    return !files.isEmpty();
  }

  /** Whether Flyway holds its advisory lock in a transaction (postgresql.transactional.lock, default true). */
  public boolean holdsTransactionalLock() {
    return transactionalLock == null || transactionalLock;
  }
}
