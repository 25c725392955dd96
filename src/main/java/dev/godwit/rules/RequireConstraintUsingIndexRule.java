package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ADD UNIQUE / PRIMARY KEY without USING INDEX on a table that already exists. */
@RuleInfo(
    id = "require-constraint-using-index",
    summary = "ADD UNIQUE or PRIMARY KEY without USING INDEX builds the index under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "ALTER TABLE ... ADD UNIQUE / PRIMARY KEY builds its unique index while holding an ACCESS EXCLUSIVE lock"
            + " on the table: every read and write waits until the whole index is built.",
    safeAlternative =
        "Build the unique index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction block), then"
            + " attach it with ALTER TABLE ... ADD CONSTRAINT name UNIQUE USING INDEX idx (or PRIMARY KEY USING"
            + " INDEX), which only takes the lock for a moment.",
    tags = {"locking", "constraint", "index"})
public final class RequireConstraintUsingIndexRule extends StatementRule<Node.AlterTable> {
  public RequireConstraintUsingIndexRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    String table = alter.table().toString();
    for (AlterAction action : alter.actions()) {
      String what = null;
      String cols = "";
      if (action instanceof AlterAction.AddConstraint add && add.constraint() != null) {
        TableConstraint c = add.constraint();
        if ((c.kind() == TableConstraint.Kind.UNIQUE || c.kind() == TableConstraint.Kind.PRIMARY_KEY)
            && c.usingIndex() == null) {
          what = (c.kind() == TableConstraint.Kind.UNIQUE ? "UNIQUE constraint " : "PRIMARY KEY ")
              + (c.name() == null ? "" : c.name() + " ");
          cols = String.join(", ", c.columns());
        }
      } else if (action instanceof AlterAction.AddColumn add && add.column() != null && add.column().unique()
          && !add.column().primaryKey()) {
        what = "column " + add.column().name() + " with UNIQUE ";
        cols = add.column().name();
      }
      if (what == null) {
        continue;
      }
      if (ctx.createdInMigration(alter.table(), statement)) {
        return;
      }
      ctx.report(action.span(), "Adding " + what + "to " + table + " builds a unique index while holding an"
          + " ACCESS EXCLUSIVE lock: it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on " + table
          + " until the index is built.")
          .help("Build the index first: CREATE UNIQUE INDEX CONCURRENTLY ... ON " + table
              + (cols.isEmpty() ? "" : " (" + cols + ")") + " outside a transaction block, then ALTER TABLE "
              + table + " ADD CONSTRAINT ... " + (what.startsWith("PRIMARY") ? "PRIMARY KEY" : "UNIQUE")
              + " USING INDEX <index>.");
    }
  }
}
