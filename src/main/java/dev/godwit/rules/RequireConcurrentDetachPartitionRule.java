package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;

/** DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+). */
@RuleInfo(
    id = "require-concurrent-detach-partition",
    summary = "DETACH PARTITION without CONCURRENTLY blocks reads and writes on the whole partitioned table",
    severity = Severity.WARNING,
    rationale =
        "A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on any"
            + " partition waits. PostgreSQL 14 added DETACH PARTITION ... CONCURRENTLY, which takes only SHARE"
            + " UPDATE EXCLUSIVE on the parent.",
    safeAlternative =
        "Use ALTER TABLE parent DETACH PARTITION part CONCURRENTLY, outside a transaction block (if it is"
            + " interrupted, finish it with DETACH PARTITION ... FINALIZE).",
    minPg = 14,
    tags = {"locking", "partition"})
public final class RequireConcurrentDetachPartitionRule extends StatementRule<Node.AlterTable> {
  public RequireConcurrentDetachPartitionRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.DetachPartition detach) || detach.concurrently() || detach.finalizeDetach()) {
        continue;
      }
      if (ctx.createdInMigration(alter.table(), statement)) {
        return;
      }
      String parent = alter.table().toString();
      RuleContext.FindingBuilder f = ctx.report(action.span(), "DETACH PARTITION " + detach.partition()
          + " takes an ACCESS EXCLUSIVE lock on " + parent + ": it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE)
          + " on every partition of " + parent + " until the detach completes.");
      TxState tx = ctx.transaction(statement);
      if (tx != null && tx.inTransaction()) {
        f.help("Use DETACH PARTITION " + detach.partition() + " CONCURRENTLY; it cannot run inside a transaction"
            + " block (" + tx.reason() + "), so move it to a migration that runs outside one.");
      }
    }
  }
}
