package dev.godwit.rule;

import java.util.List;
import java.util.Locale;

/**
 * Where {@code require-if-not-exists} and {@code require-if-exists} report a statement that cannot run
 * twice: the {@code idempotency} key of {@code .godwit.yml}.
 */
public enum IdempotencyPolicy {
  /**
   * Everywhere: hand-run scripts and statements a partial failure leaves applied at the rule's severity,
   * statements inside a migration tool's transaction as notes.
   */
  ALWAYS,
  /** Only statements outside a transaction that a later failure of their script leaves applied. */
  OUTSIDE_TRANSACTION,
  /** Never: both rules are silent. */
  OFF;

  /** The values as written in the configuration. */
  public static final List<String> IDS = List.of("always", "outside-transaction", "off");

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The policy a configuration value names, or null when it names none. */
  public static IdempotencyPolicy parse(String s) {
    for (IdempotencyPolicy p : values()) {
      if (p.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    return null;
  }
}
