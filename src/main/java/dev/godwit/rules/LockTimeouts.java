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
  static final String LOCK_TIMEOUT = "lock_timeout";
  static final String STATEMENT_TIMEOUT = "statement_timeout";
  /** A value Godwit cannot read (a psql variable, a placeholder): assumed to be a sensible timeout. */
  private static final long UNKNOWN = 1;

  private LockTimeouts() {}

  /** For each statement up to {@code upTo} (by index): is a positive lock_timeout in force when it starts? */
  static boolean[] inForce(Script script, RuleContext ctx, int upTo) {
    return inForce(script, ctx, upTo, LOCK_TIMEOUT);
  }

  /**
   * For each statement up to {@code upTo}: is a positive value of the timeout {@code setting} ({@code lock_timeout},
   * {@code statement_timeout}) in force when it starts?
   */
  static boolean[] inForce(Script script, RuleContext ctx, int upTo, String setting) {
    Pattern setConfig = SET_CONFIG.computeIfAbsent(setting, LockTimeouts::setConfig);
    boolean[] out = new boolean[upTo + 1];
    String init = FlywaySettings.initValue(ctx, setting); // Flyway's initSql runs before every migration
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
      if (n instanceof Node.SetVariable set && is(set.name(), setting)) {
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
          && (is(reset.name(), setting) || "all".equalsIgnoreCase(reset.name()))) {
        session = null;
        local = null;
      } else if (n instanceof Node.Transaction t && (t.kind() == Node.TxKind.COMMIT
          || t.kind() == Node.TxKind.ROLLBACK || t.kind() == Node.TxKind.PREPARE)) {
        local = null;
      } else if (n instanceof Node.Dml dml && dml.kind() == Node.DmlKind.SELECT && st.sql() != null) {
        Matcher m = setConfig.matcher(st.sql());
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

  /** {@code set_config('<setting>', 'value', is_local)}, compiled once per setting. */
  private static final java.util.Map<String, Pattern> SET_CONFIG = new java.util.concurrent.ConcurrentHashMap<>();

  private static Pattern setConfig(String setting) {
    return Pattern.compile("set_config\\s*\\(\\s*'" + Pattern.quote(setting)
        + "'\\s*,\\s*'([^']*)'\\s*,\\s*(true|false)\\s*\\)", Pattern.CASE_INSENSITIVE);
  }

  static boolean isLockTimeout(String name) {
    return is(name, LOCK_TIMEOUT);
  }

  static boolean is(String name, String setting) {
    return name != null && name.trim().toLowerCase(Locale.ROOT).replace("\"", "").equals(setting);
  }

  private static Long value(String text) {
    Long v = RuleSupport.millis(text);
    return v == null ? UNKNOWN : v;
  }
}
