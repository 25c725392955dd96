package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... ADD CHECK without NOT VALID on a table that already exists. */
@RuleInfo(
    id = "require-not-valid-check",
    summary = "ADD CHECK without NOT VALID, or ADD COLUMN with a CHECK, scans the whole table under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "Adding a CHECK constraint verifies every existing row while holding an ACCESS EXCLUSIVE lock on the"
            + " table: every read and write waits for the full scan. A CHECK written on a column that ADD COLUMN"
            + " adds is verified the same way, although the column is null (or its default) in every row.",
    safeAlternative =
        "Add the constraint with NOT VALID (a catalog change; new rows are checked at once), then run ALTER"
            + " TABLE ... VALIDATE CONSTRAINT in a separate transaction: it scans under SHARE UPDATE EXCLUSIVE,"
            + " which lets reads and writes go on.",
    tags = {"locking", "constraint"})
public final class RequireNotValidCheckRule extends StatementRule<Node.AlterTable> {
  public RequireNotValidCheckRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    for (AlterAction action : alter.actions()) {
      if (action instanceof AlterAction.AddColumn addColumn && addColumn.column() != null
          && addColumn.column().check()) {
        if (ctx.createdInMigration(alter.table(), statement)) {
          return;
        }
        String table = alter.table().toString();
        String column = addColumn.column().name();
        ctx.report(action.span(), "ADD COLUMN " + column + " with a CHECK verifies the check against every existing"
            + " row of " + table + " while holding an ACCESS EXCLUSIVE lock: it "
            + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on " + table + " until the scan finishes, although "
            + column + " is new.")
            .help("Add the column without the CHECK, then add the check as a table constraint NOT VALID and"
                + " VALIDATE it in a separate transaction: ALTER TABLE " + table + " ADD CONSTRAINT "
                + alter.table().name() + "_" + column + "_check CHECK (...) NOT VALID;");
        continue;
      }
      if (!(action instanceof AlterAction.AddConstraint add) || add.constraint() == null) {
        continue;
      }
      TableConstraint c = add.constraint();
      if (c.kind() != TableConstraint.Kind.CHECK || c.notValid()) {
        continue;
      }
      if (ctx.createdInMigration(alter.table(), statement)) {
        return;
      }
      String table = alter.table().toString();
      ctx.report(action.span(), "Adding CHECK constraint " + (c.name() == null ? "" : c.name() + " ") + "on "
          + table + " without NOT VALID scans every row while holding an ACCESS EXCLUSIVE lock: it "
          + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on " + table + " until the scan finishes.");
    }
  }
}
