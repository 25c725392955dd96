package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... RENAME COLUMN on a table that existed before the migration. */
@RuleInfo(
    id = "ban-rename-column",
    summary = "Renaming a column breaks application code that still uses the old name",
    severity = Severity.WARNING,
    rationale =
        "The running application version keeps sending queries with the old column name; they fail with"
            + " 'column does not exist' from the moment the migration commits until every instance is redeployed.",
    safeAlternative =
        "Add the new column, write to both (or use a trigger), backfill, move readers to the new column, and"
            + " drop the old one in a later release.",
    checksDownScripts = false,
    tags = {"breaking-change", "column"})
public final class BanRenameColumnRule extends StatementRule<Node.AlterTable> {
  public BanRenameColumnRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return; // a routine body runs when the routine is called
    }
    if (alter.table() == null || ctx.createdInMigration(alter.table(), statement)) {
      return;
    }
    for (AlterAction action : alter.actions()) {
      if (action instanceof AlterAction.RenameColumn rename) {
        ctx.report(action.span(), "Renaming column " + rename.from() + " of " + alter.table() + " to " + rename.to()
            + " breaks running code that still uses " + rename.from() + ".");
      }
    }
  }
}
