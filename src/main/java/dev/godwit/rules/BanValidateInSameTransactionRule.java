package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.List;

/** VALIDATE CONSTRAINT in the same transaction as the ADD ... NOT VALID that created the constraint. */
@RuleInfo(
    id = "ban-validate-in-same-transaction",
    summary = "VALIDATE CONSTRAINT in the same transaction as its ADD ... NOT VALID keeps the strong lock through the scan",
    severity = Severity.WARNING,
    rationale =
        "Locks are held until the transaction ends: the ACCESS EXCLUSIVE (CHECK) or SHARE ROW EXCLUSIVE"
            + " (FOREIGN KEY) lock taken by ADD CONSTRAINT ... NOT VALID is still held while VALIDATE scans the"
            + " table, so NOT VALID saves nothing.",
    safeAlternative =
        "Commit after ADD CONSTRAINT ... NOT VALID and run VALIDATE CONSTRAINT in its own transaction (a later"
            + " migration, or after a COMMIT); it then takes only SHARE UPDATE EXCLUSIVE.",
    tags = {"locking", "constraint", "transaction"})
public final class BanValidateInSameTransactionRule extends StatementRule<Node.AlterTable> {
  public BanValidateInSameTransactionRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null || ctx.script() == null) {
      return;
    }
    int start = PgLocks.transactionStart(statement, ctx);
    if (start < 0) {
      return;
    }
    List<Statement> all = ctx.script().statements();
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.ValidateConstraint v)) {
        continue;
      }
      for (int i = start; i < statement.index(); i++) {
        Statement st = all.get(i);
        if (!(st.node() instanceof Node.AlterTable earlier) || !alter.table().sameAs(earlier.table())) {
          continue;
        }
        for (AlterAction a : earlier.actions()) {
          if (a instanceof AlterAction.AddConstraint add && add.constraint() != null && add.constraint().notValid()
              && v.name().equals(add.constraint().name())) {
            if (ctx.createdInMigration(alter.table(), st)) {
              return;
            }
            boolean fk = add.constraint().kind() == TableConstraint.Kind.FOREIGN_KEY;
            String mode = fk ? PgLocks.SHARE_ROW_EXCLUSIVE : PgLocks.ACCESS_EXCLUSIVE;
            ctx.report(action.span(), "VALIDATE CONSTRAINT " + v.name() + " runs in the same transaction as the ADD"
                + " CONSTRAINT ... NOT VALID at line " + PgLocks.line(ctx, st) + " ("
                + ctx.transaction(statement).reason() + "): the " + mode + " lock taken there is held through the"
                + " validation scan and " + PgLocks.blocks(mode) + " on " + alter.table() + " until the transaction"
                + " ends.");
          }
        }
      }
    }
  }
}
