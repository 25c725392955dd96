package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER COLUMN ... DROP NOT NULL on a table that existed before the migration. */
@RuleInfo(
    id = "ban-drop-not-null",
    summary = "Dropping NOT NULL lets NULLs in that running code does not expect",
    severity = Severity.WARNING,
    rationale =
        "Code deployed before the migration assumes the column always has a value; once new code writes"
            + " NULLs, the old version (still running during the deploy, or after a rollback) fails on them.",
    safeAlternative =
        "Make every reader handle NULL first and deploy that; only then drop the constraint.",
    checksDownScripts = false,
    tags = {"breaking-change", "column"})
public final class BanDropNotNullRule extends StatementRule<Node.AlterTable> {
  public BanDropNotNullRule() {
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
      if (action instanceof AlterAction.DropNotNull drop) {
        ctx.report(action.span(), "Dropping NOT NULL on " + alter.table() + "." + drop.column()
            + " lets NULLs in that code reading " + drop.column() + " may not handle.");
      }
    }
  }
}
