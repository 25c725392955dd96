package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.ArrayList;
import java.util.List;

/** LOCK TABLE in a mode that blocks the application's reads or writes. */
@RuleInfo(
    id = "ban-lock-table",
    summary = "LOCK TABLE in a mode that blocks reads or writes holds that lock until the transaction ends",
    severity = Severity.WARNING,
    rationale =
        "An explicit LOCK TABLE (ACCESS EXCLUSIVE unless a mode is given) is held until the end of the"
            + " transaction: everything the migration does after it runs while the application's reads or"
            + " writes wait.",
    safeAlternative =
        "Drop the explicit lock and let each statement take the lock it needs for as short as possible; if you"
            + " must lock, lock in the weakest mode that works, last, with a short lock_timeout.",
    tags = {"locking"})
public final class BanLockTableRule extends StatementRule<Node.LockTable> {
  public BanLockTableRule() {
    super(Node.LockTable.class);
  }

  @Override
  protected void check(Node.LockTable lock, Statement statement, RuleContext ctx) {
    String mode = lock.mode() == null ? PgLocks.ACCESS_EXCLUSIVE : lock.mode();
    if (!PgLocks.blocksApplication(mode)) {
      return;
    }
    List<String> tables = new ArrayList<>();
    for (QualifiedName t : lock.tables()) {
      if (!ctx.createdInMigration(t, statement)) {
        tables.add(t.toString());
      }
    }
    if (tables.isEmpty()) {
      return;
    }
    String names = String.join(", ", tables);
    ctx.report(statement.span(), "LOCK TABLE " + names + " takes " + (mode.startsWith("A") || mode.startsWith("E") ? "an " : "a ") + mode + " lock held until the transaction"
        + " ends: it " + PgLocks.blocks(mode) + " on " + names + " for the rest of the migration.");
  }
}
