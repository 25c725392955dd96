package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... ADD FOREIGN KEY without NOT VALID on a table that already exists. */
@RuleInfo(
    id = "require-not-valid-foreign-key",
    summary = "ADD FOREIGN KEY without NOT VALID blocks writes on both tables while every row is checked",
    severity = Severity.WARNING,
    rationale =
        "Adding a foreign key checks every existing row of the table against the referenced table while"
            + " holding SHARE ROW EXCLUSIVE locks on both, so INSERT, UPDATE and DELETE on either table wait"
            + " for the whole scan.",
    safeAlternative =
        "Add the foreign key with NOT VALID (a short lock, new rows are checked at once), then run ALTER TABLE"
            + " ... VALIDATE CONSTRAINT in a separate transaction: it takes only SHARE UPDATE EXCLUSIVE and"
            + " lets reads and writes go on.",
    tags = {"locking", "constraint"})
public final class RequireNotValidForeignKeyRule extends StatementRule<Node.AlterTable> {
  public RequireNotValidForeignKeyRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.AddConstraint add) || add.constraint() == null) {
        continue;
      }
      TableConstraint c = add.constraint();
      if (c.kind() != TableConstraint.Kind.FOREIGN_KEY || c.notValid()) {
        continue;
      }
      if (ctx.createdInMigration(alter.table(), statement)) {
        return;
      }
      String table = alter.table().toString();
      String ref = c.referencedTable() == null ? "the referenced table" : c.referencedTable().toString();
      RuleContext.FindingBuilder f = ctx.report(action.span(), "Adding foreign key " + (c.name() == null ? "" : c.name() + " ") + "on " + table
          + (c.columns().isEmpty() ? "" : " (" + String.join(", ", c.columns()) + ")") + " without NOT VALID checks"
          + " every existing row while holding SHARE ROW EXCLUSIVE locks on " + table
          + (c.referencedTable() == null || c.referencedTable().sameAs(alter.table()) ? "" : " and " + ref)
          + ": it " + PgLocks.blocks(PgLocks.SHARE_ROW_EXCLUSIVE) + " until the check finishes.");
      if (ctx.pgVersion() < 18 && ctx.schema().table(alter.table()).map(t -> t.partitioned()).orElse(false)) {
        f.help(table + " is partitioned, and NOT VALID foreign keys on partitioned tables need PostgreSQL 18:"
            + " add the key to each partition first (NOT VALID, then VALIDATE CONSTRAINT in a separate"
            + " transaction), then to " + table + ".");
      }
    }
  }
}
