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
    summary = "DETACH PARTITION without CONCURRENTLY blocks queries through the partitioned table and writes to every partition",
    severity = Severity.WARNING,
    rationale =
        "A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table and, from PostgreSQL 14,"
            + " on the partition: every query through the parent and every write to any partition waits (a query"
            + " that names a sibling partition alone still runs). PostgreSQL 14 added DETACH PARTITION ..."
            + " CONCURRENTLY, which takes only SHARE UPDATE EXCLUSIVE on the parent.",
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
          + " takes an ACCESS EXCLUSIVE lock on " + parent + " and on " + detach.partition() + ": every query"
          + " through " + parent + ", every query on " + detach.partition() + " and every write to any partition"
          + " of " + parent + " waits until the detach completes.");
      TxState tx = ctx.transaction(statement);
      if (tx != null && tx.inTransaction()) {
        f.help("Use DETACH PARTITION " + detach.partition() + " CONCURRENTLY; it cannot run inside a transaction"
            + " block (" + tx.reason() + "), so move it to a migration that runs outside one.");
      }
    }
  }
}
