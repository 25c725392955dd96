package dev.godwit.engine;

import dev.godwit.rule.IdempotencyPolicy;
import dev.godwit.rule.Severity;
import java.util.Map;
import java.util.Set;

/**
 * What a run checks.
 *
 * @param pgVersion target PostgreSQL major
 * @param severities per rule id: the severity to report it with (a configured severity also switches an
 *     opt-in rule on)
 * @param enabled rule ids switched on explicitly (opt-in rules)
 * @param disabled rule ids switched off
 * @param requireDowngrade expect a downgrade for every migration
 * @param immutableTables tables of an event store: UPDATE/DELETE/TRUNCATE/DROP on them is an error
 * @param largeTables busy tables: lock-heavy findings on them are raised to error
 * @param idempotency where the idempotency rules report ({@code idempotency} in the configuration)
 */
public record LintSettings(
    int pgVersion,
    Map<String, Severity> severities,
    Set<String> enabled,
    Set<String> disabled,
    boolean requireDowngrade,
    Set<String> immutableTables,
    Set<String> largeTables,
    IdempotencyPolicy idempotency) {
  public static final int NEWEST_PG = 18;
  public static final int OLDEST_PG = 10;

  public LintSettings {
    severities = Map.copyOf(severities);
    enabled = Set.copyOf(enabled);
    disabled = Set.copyOf(disabled);
    immutableTables = Set.copyOf(immutableTables);
    largeTables = Set.copyOf(largeTables);
    idempotency = idempotency == null ? IdempotencyPolicy.ALWAYS : idempotency;
  }

  public LintSettings(int pgVersion, Map<String, Severity> severities, Set<String> enabled, Set<String> disabled,
      boolean requireDowngrade, Set<String> immutableTables, Set<String> largeTables) {
    this(pgVersion, severities, enabled, disabled, requireDowngrade, immutableTables, largeTables,
        IdempotencyPolicy.ALWAYS);
  }

  public LintSettings(int pgVersion, Map<String, Severity> severities, Set<String> enabled, Set<String> disabled,
      boolean requireDowngrade) {
    this(pgVersion, severities, enabled, disabled, requireDowngrade, Set.of(), Set.of());
  }

  public static LintSettings defaults() {
    return new LintSettings(NEWEST_PG, Map.of(), Set.of(), Set.of(), false);
  }

  public LintSettings withPgVersion(int v) {
    return new LintSettings(v, severities, enabled, disabled, requireDowngrade, immutableTables, largeTables,
        idempotency);
  }

  public LintSettings withIdempotency(IdempotencyPolicy policy) {
    return new LintSettings(pgVersion, severities, enabled, disabled, requireDowngrade, immutableTables, largeTables,
        policy);
  }
}
