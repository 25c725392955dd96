package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** SET lock_timeout to more than 10 seconds. */
@RuleInfo(
    id = "ban-long-lock-timeout",
    summary = "lock_timeout longer than 10 seconds lets queries queue behind a waiting lock for that long",
    severity = Severity.WARNING,
    rationale =
        "While a DDL statement waits for its lock, every new query on the table waits behind it; a lock_timeout"
            + " of a minute means up to a minute of blocked traffic before the migration gives up.",
    safeAlternative =
        "Keep lock_timeout at a few seconds (e.g. '5s') and retry the migration, with a pause, when it times out.",
    checksDownScripts = false,
    tags = {"locking", "lock-timeout"})
public final class BanLongLockTimeoutRule extends StatementRule<Node.SetVariable> {
  static final long LIMIT_MS = 10_000;

  public BanLongLockTimeoutRule() {
    super(Node.SetVariable.class);
  }

  @Override
  protected void check(Node.SetVariable set, Statement statement, RuleContext ctx) {
    if (!LockTimeouts.isLockTimeout(set.name()) || !statement.runsInMigration()) {
      return;
    }
    Long ms = RuleSupport.millis(set.value());
    if (ms == null || ms <= LIMIT_MS) {
      return;
    }
    ctx.report(statement.span(), "lock_timeout = " + set.value().trim() + " lets every query on a table that a"
        + " later statement waits to lock queue for up to " + human(ms) + "; keep it at 10 seconds or less.");
  }

  private static String human(long ms) {
    if (ms % 3_600_000 == 0) {
      return ms / 3_600_000 + (ms == 3_600_000 ? " hour" : " hours");
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + (ms == 60_000 ? " minute" : " minutes");
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " seconds";
    }
    return ms + " ms";
  }
}
