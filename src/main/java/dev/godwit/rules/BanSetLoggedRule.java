package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... SET LOGGED / SET UNLOGGED on a table that already exists. */
@RuleInfo(
    id = "ban-set-logged",
    summary = "SET LOGGED or SET UNLOGGED rewrites the table under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "Switching a table between logged and unlogged rewrites it and its indexes (SET LOGGED also writes the"
            + " whole table to the WAL) while holding an ACCESS EXCLUSIVE lock that blocks reads and writes.",
    safeAlternative =
        "Choose UNLOGGED or not when the table is created; to change it later, build a new table and switch to"
            + " it, or run the change in a maintenance window.",
    tags = {"locking", "rewrite"})
public final class BanSetLoggedRule extends StatementRule<Node.AlterTable> {
  public BanSetLoggedRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    for (AlterAction action : alter.actions()) {
      if (action instanceof AlterAction.SetLogged set && alter.table() != null) {
        if (ctx.createdInMigration(alter.table(), statement)) {
          return;
        }
        String table = alter.table().toString();
        ctx.report(action.span(), "SET " + (set.logged() ? "LOGGED" : "UNLOGGED") + " rewrites " + table
            + (set.logged() ? " (and writes all of it to the WAL)" : "") + " while holding an ACCESS EXCLUSIVE lock: it "
            + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on " + table + " until the rewrite finishes.");
      }
    }
  }
}
