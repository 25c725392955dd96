package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... DROP COLUMN on a table that existed before the migration. */
@RuleInfo(
    id = "ban-drop-column",
    summary = "Dropping a column breaks application code that still reads or writes it",
    severity = Severity.WARNING,
    rationale =
        "During a deploy the old application version keeps running; its queries that name the column fail"
            + " with 'column does not exist' the moment the migration commits, and the data is gone for a rollback.",
    safeAlternative =
        "Stop reading and writing the column in one release (remove it from the ORM model), then drop it in a"
            + " later migration once no running code uses it.",
    checksDownScripts = false,
    tags = {"breaking-change", "column"})
public final class BanDropColumnRule extends StatementRule<Node.AlterTable> {
  public BanDropColumnRule() {
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
      if (action instanceof AlterAction.DropColumn drop) {
        ctx.report(action.span(), "Dropping column " + drop.column() + " of " + alter.table()
            + " breaks running code that still selects, inserts or updates " + drop.column()
            + (drop.cascade() ? ", and CASCADE also drops the views and constraints that use it" : "") + ".");
      }
    }
  }
}
