package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** CREATE TRIGGER, or ALTER TABLE ... ENABLE/DISABLE TRIGGER, on a table that already exists. */
@RuleInfo(
    id = "ban-trigger-change-on-existing-table",
    summary = "CREATE/ENABLE/DISABLE TRIGGER takes a SHARE ROW EXCLUSIVE lock that blocks writes to the table",
    severity = Severity.NOTE,
    rationale =
        "Creating, enabling or disabling a trigger takes a SHARE ROW EXCLUSIVE lock on the table until the"
            + " transaction ends. The change itself is quick, but the lock waits behind every running"
            + " transaction on the table, and all writes queue behind it meanwhile.",
    safeAlternative =
        "Set a short lock_timeout before the statement (and retry on timeout), and keep the transaction short:"
            + " commit right after the trigger change.",
    tags = {"locking", "trigger"})
public final class BanTriggerChangeOnExistingTableRule extends StatementRule<Node> {
  public BanTriggerChangeOnExistingTableRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (node instanceof Node.CreateTrigger ct && ct.table() != null) {
      if (ctx.createdInMigration(ct.table(), statement)) {
        return;
      }
      ctx.report(statement.span(), "CREATE TRIGGER " + ct.name() + " takes a SHARE ROW EXCLUSIVE lock on "
          + ct.table() + ": it " + PgLocks.blocks(PgLocks.SHARE_ROW_EXCLUSIVE) + " on " + ct.table()
          + " while it waits for running transactions and until this transaction ends.");
    } else if (node instanceof Node.AlterTable at && at.table() != null) {
      for (AlterAction a : at.actions()) {
        if (a instanceof AlterAction.EnableDisableTrigger t) {
          if (ctx.createdInMigration(at.table(), statement)) {
            return;
          }
          ctx.report(a.span(), (t.enable() ? "ENABLE" : "DISABLE") + " TRIGGER " + t.trigger() + " takes a SHARE ROW"
              + " EXCLUSIVE lock on " + at.table() + ": it " + PgLocks.blocks(PgLocks.SHARE_ROW_EXCLUSIVE) + " on "
              + at.table() + " while it waits for running transactions and until this transaction ends.");
        }
      }
    }
  }
}
