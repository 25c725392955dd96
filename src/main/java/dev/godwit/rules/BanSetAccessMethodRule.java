package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... SET ACCESS METHOD (PostgreSQL 15+) on a table that already exists. */
@RuleInfo(
    id = "ban-set-access-method",
    summary = "SET ACCESS METHOD rewrites the table under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "Changing a table's access method rewrites every row into the new storage format while holding an"
            + " ACCESS EXCLUSIVE lock that blocks reads and writes.",
    safeAlternative =
        "Create a new table with the access method you want, copy the data over in batches and switch to it;"
            + " or run the change in a maintenance window.",
    minPg = 15,
    tags = {"locking", "rewrite"})
public final class BanSetAccessMethodRule extends StatementRule<Node.AlterTable> {
  public BanSetAccessMethodRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    for (AlterAction action : alter.actions()) {
      if (action instanceof AlterAction.SetAccessMethod set && alter.table() != null) {
        if (ctx.createdInMigration(alter.table(), statement)) {
          return;
        }
        String table = alter.table().toString();
        ctx.report(action.span(), "SET ACCESS METHOD " + set.method() + " rewrites " + table + " while holding an"
            + " ACCESS EXCLUSIVE lock: it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on " + table
            + " until the rewrite finishes.");
      }
    }
  }
}
