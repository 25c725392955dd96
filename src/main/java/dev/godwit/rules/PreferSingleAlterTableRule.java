package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.List;

/** Consecutive ALTER TABLE statements on the same existing table that one statement could do. */
@RuleInfo(
    id = "prefer-single-alter-table",
    summary = "Consecutive ALTER TABLE statements on one table, where one statement would do",
    severity = Severity.NOTE,
    rationale =
        "Each ALTER TABLE queues for its own ACCESS EXCLUSIVE lock (blocking every query behind it while it"
            + " waits) and may scan or rewrite the table on its own; one statement with several actions takes"
            + " the lock once and does at most one pass.",
    safeAlternative =
        "Combine the actions into one statement: ALTER TABLE t ADD COLUMN a int, ADD COLUMN b text,"
            + " ALTER COLUMN c SET DEFAULT 0;",
    checksDownScripts = false,
    tags = {"locking"})
public final class PreferSingleAlterTableRule extends StatementRule<Node.AlterTable> {
  public PreferSingleAlterTableRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (!combinable(alter) || statement.embedded() || ctx.createdInMigration(alter.table(), statement)) {
      return;
    }
    List<Statement> all = ctx.script().statements();
    Statement prev = previous(all, statement.index());
    if (prev == null || !(prev.node() instanceof Node.AlterTable p) || !combinable(p) || !p.table().sameAs(alter.table())) {
      return;
    }
    Statement before = previous(all, prev.index());
    if (before != null && before.node() instanceof Node.AlterTable b && combinable(b) && b.table().sameAs(alter.table())) {
      return; // reported at the second statement of the run
    }
    int run = 2;
    for (Statement next = next(all, statement.index()); next != null && next.node() instanceof Node.AlterTable n
        && combinable(n) && n.table().sameAs(alter.table()); next = next(all, next.index())) {
      run++;
    }
    ctx.report(statement.span(), run + " consecutive ALTER TABLE statements on " + alter.table() + " (from line "
        + RuleSupport.line(prev, ctx) + ") each queue for an ACCESS EXCLUSIVE lock on " + alter.table()
        + "; one ALTER TABLE with " + run + " comma-separated actions takes it once.");
  }

  /**
   * Actions that ALTER TABLE accepts together with others (RENAME, SET SCHEMA and partition commands stand
   * alone), and that gain from it: VALIDATE CONSTRAINT is kept apart on purpose, to take only a SHARE UPDATE
   * EXCLUSIVE lock after the constraint was added NOT VALID (in another transaction, as
   * ban-validate-in-same-transaction asks); merged, it would take the ACCESS EXCLUSIVE lock of the others.
   */
  private static boolean combinable(Node.AlterTable alter) {
    if (alter.table() == null || alter.actions().isEmpty()) {
      return false;
    }
    for (AlterAction a : alter.actions()) {
      if (a instanceof AlterAction.RenameColumn || a instanceof AlterAction.RenameTable
          || a instanceof AlterAction.RenameConstraint || a instanceof AlterAction.SetSchema
          || a instanceof AlterAction.AttachPartition || a instanceof AlterAction.DetachPartition
          || a instanceof AlterAction.ValidateConstraint) {
        return false;
      }
    }
    return true;
  }

  private static Statement previous(List<Statement> all, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!all.get(i).embedded()) {
        return all.get(i);
      }
    }
    return null;
  }

  private static Statement next(List<Statement> all, int index) {
    for (int i = index + 1; i < all.size(); i++) {
      if (!all.get(i).embedded()) {
        return all.get(i);
      }
    }
    return null;
  }
}
