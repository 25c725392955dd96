package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.schema.Table;
import java.util.Optional;

/** ATTACH PARTITION of a table without a validated CHECK constraint that matches the partition bound. */
@RuleInfo(
    id = "require-check-before-attach-partition",
    summary = "ATTACH PARTITION without a matching CHECK scans the partition under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "Attaching a table as a partition checks every row against the partition bound while holding an ACCESS"
            + " EXCLUSIVE lock on it (and on a DEFAULT partition, which is scanned too). A validated CHECK"
            + " constraint that implies the bound lets PostgreSQL skip the scan. The parent is locked SHARE UPDATE"
            + " EXCLUSIVE from PostgreSQL 12, ACCESS EXCLUSIVE before.",
    safeAlternative =
        "Before attaching, add a CHECK constraint matching the bound NOT VALID and VALIDATE it (SHARE UPDATE"
            + " EXCLUSIVE, reads and writes go on); ATTACH PARTITION then skips the scan; drop the check afterwards.",
    tags = {"locking", "partition", "schema"})
public final class RequireCheckBeforeAttachPartitionRule extends StatementRule<Node.AlterTable> {
  public RequireCheckBeforeAttachPartitionRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.AttachPartition attach) || attach.partition() == null) {
        continue;
      }
      // A partition created in this migration is empty: nothing to scan.
      if (ctx.createdInMigration(attach.partition(), statement)) {
        continue;
      }
      Optional<Table> part = ctx.schema().table(attach.partition());
      if (part.isPresent() && part.get().constraints().stream()
          .anyMatch(c -> c.kind() == TableConstraint.Kind.CHECK && c.validated())) {
        continue; // a validated CHECK that may imply the bound: trust it
      }
      String parentLock = ctx.pgVersion() >= 12 ? PgLocks.SHARE_UPDATE_EXCLUSIVE : PgLocks.ACCESS_EXCLUSIVE;
      ctx.report(action.span(), "ATTACH PARTITION " + attach.partition() + " scans every row of "
          + attach.partition() + " to check the partition bound while holding an ACCESS EXCLUSIVE lock on it (it "
          + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " there), and takes " + parentLock + " on " + alter.table()
          + (ctx.pgVersion() >= 12 ? "" : " (before PostgreSQL 12), which " + PgLocks.blocks(parentLock)
              + " on the whole partitioned table") + "; no validated CHECK constraint on " + attach.partition()
          + " is known to imply the bound.");
    }
  }
}
