package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... SET TABLESPACE on a table that already exists. */
@RuleInfo(
    id = "ban-set-tablespace",
    summary = "SET TABLESPACE copies the table's files under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "Moving a table to another tablespace copies all its data files while holding an ACCESS EXCLUSIVE lock:"
            + " reads and writes wait for the whole copy.",
    safeAlternative =
        "Create new tables in the right tablespace; to move a large one online, use pg_repack --tablespace, or"
            + " move it in a maintenance window.",
    tags = {"locking", "rewrite"})
public final class BanSetTablespaceRule extends StatementRule<Node.AlterTable> {
  public BanSetTablespaceRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    for (AlterAction action : alter.actions()) {
      if (action instanceof AlterAction.SetTablespace set && alter.table() != null) {
        if (ctx.createdInMigration(alter.table(), statement)) {
          return;
        }
        String table = alter.table().toString();
        ctx.report(action.span(), "SET TABLESPACE " + set.tablespace() + " copies every data file of " + table
            + " while holding an ACCESS EXCLUSIVE lock: it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on "
            + table + " until the copy finishes.");
      }
    }
  }
}
