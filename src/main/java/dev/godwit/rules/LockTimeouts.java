package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows {@code lock_timeout} through a script: {@code SET} lasts for the session (the rest of the
 * script), {@code SET LOCAL} until the end of the current transaction (and does nothing outside one),
 * {@code RESET} and {@code SET ... TO DEFAULT} return to the server default (taken as no timeout).
 */
final class LockTimeouts {
  private static final Pattern SET_CONFIG = Pattern.compile(
      "set_config\\s*\\(\\s*'lock_timeout'\\s*,\\s*'([^']*)'\\s*,\\s*(true|false)\\s*\\)", Pattern.CASE_INSENSITIVE);
  /** A value Godwit cannot read (a psql variable, a placeholder): assumed to be a sensible timeout. */
  private static final long UNKNOWN = 1;

  private LockTimeouts() {}

  /** For each statement up to {@code upTo} (by index): is a positive lock_timeout in force when it starts? */
  static boolean[] inForce(Script script, RuleContext ctx, int upTo) {
    boolean[] out = new boolean[upTo + 1];
    String init = FlywaySettings.initValue(ctx, "lock_timeout"); // Flyway's initSql runs before every migration
    Long session = init == null ? null : value(init);
    Long local = null;
    int block = -1;
    for (Statement st : script.statements()) {
      int i = st.index();
      if (i > upTo) {
        break;
      }
      boolean inTx = ctx.transaction(st).inTransaction();
      if (!inTx || ctx.transaction(st).block() != block) {
        local = null; // SET LOCAL ends with its transaction
      }
      block = ctx.transaction(st).block();
      Long effective = local != null ? local : session;
      out[i] = effective != null && effective > 0;
      if (!st.runsInMigration()) {
        continue;
      }
      Node n = st.node();
      if (n instanceof Node.SetVariable set && isLockTimeout(set.name())) {
        boolean reset = set.value() == null || set.value().trim().equalsIgnoreCase("default");
        Long v = reset ? null : value(set.value());
        if (set.local()) {
          if (inTx) {
            local = reset ? session : v;
          }
        } else {
          session = v;
          local = null;
        }
      } else if (n instanceof Node.ResetVariable reset
          && (isLockTimeout(reset.name()) || "all".equalsIgnoreCase(reset.name()))) {
        session = null;
        local = null;
      } else if (n instanceof Node.Transaction t && (t.kind() == Node.TxKind.COMMIT
          || t.kind() == Node.TxKind.ROLLBACK || t.kind() == Node.TxKind.PREPARE)) {
        local = null;
      } else if (n instanceof Node.Dml dml && dml.kind() == Node.DmlKind.SELECT && st.sql() != null) {
        Matcher m = SET_CONFIG.matcher(st.sql());
        while (m.find()) {
          Long v = value(m.group(1));
          if (m.group(2).equalsIgnoreCase("true")) {
            if (inTx) {
              local = v;
            }
          } else {
            session = v;
            local = null;
          }
        }
      }
    }
    return out;
  }

  static boolean isLockTimeout(String name) {
    return name != null && name.trim().toLowerCase(Locale.ROOT).replace("\"", "").equals("lock_timeout");
  }

  private static Long value(String text) {
    Long v = RuleSupport.millis(text);
    return v == null ? UNKNOWN : v;
  }
}
