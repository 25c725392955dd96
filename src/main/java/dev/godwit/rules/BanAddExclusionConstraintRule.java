package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ADD EXCLUDE constraint on a table that already exists. */
@RuleInfo(
    id = "ban-add-exclusion-constraint",
    summary = "ADD EXCLUDE builds its index under an ACCESS EXCLUSIVE lock, and has no USING INDEX form",
    severity = Severity.WARNING,
    rationale =
        "An exclusion constraint is backed by an index that ALTER TABLE builds while holding an ACCESS"
            + " EXCLUSIVE lock, blocking every read and write; unlike UNIQUE it cannot adopt an index built"
            + " CONCURRENTLY beforehand.",
    safeAlternative =
        "Create exclusion constraints together with the table, or add them in a maintenance window with a"
            + " short lock_timeout; where a trigger-based check will do, use that instead.",
    tags = {"locking", "constraint", "index"})
public final class BanAddExclusionConstraintRule extends StatementRule<Node.AlterTable> {
  public BanAddExclusionConstraintRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    for (AlterAction action : alter.actions()) {
      if (action instanceof AlterAction.AddConstraint add && add.constraint() != null
          && add.constraint().kind() == TableConstraint.Kind.EXCLUDE) {
        if (ctx.createdInMigration(alter.table(), statement)) {
          return;
        }
        String table = alter.table().toString();
        ctx.report(action.span(), "Adding exclusion constraint "
            + (add.constraint().name() == null ? "" : add.constraint().name() + " ") + "to " + table
            + " builds its index while holding an ACCESS EXCLUSIVE lock: it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE)
            + " on " + table + " until the index is built.");
      }
    }
  }
}
