package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... RENAME TO (or SET SCHEMA) on a table that existed before the migration. */
@RuleInfo(
    id = "ban-rename-table",
    summary = "Renaming a table or moving it to another schema breaks application code that uses the old name",
    severity = Severity.WARNING,
    rationale =
        "The running application version keeps querying the old name; its queries fail with 'relation does"
            + " not exist' from the moment the migration commits until every instance is redeployed.",
    safeAlternative =
        "Rename the table and create a simple view with the old name (it is updatable) so both versions work;"
            + " drop the view once no running code uses the old name.",
    checksDownScripts = false,
    tags = {"breaking-change", "table"})
public final class BanRenameTableRule extends StatementRule<Node.AlterTable> {
  public BanRenameTableRule() {
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
      if (action instanceof AlterAction.RenameTable rename) {
        ctx.report(action.span(), "Renaming table " + alter.table() + " to " + rename.to()
            + " breaks running code that still queries " + alter.table() + ".");
      } else if (action instanceof AlterAction.SetSchema move) {
        ctx.report(action.span(), "Moving table " + alter.table() + " to schema " + move.schema()
            + " breaks running code that still queries " + alter.table() + ".");
      }
    }
  }
}
