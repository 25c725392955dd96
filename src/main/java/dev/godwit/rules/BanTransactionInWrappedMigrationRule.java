package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;

/** BEGIN/COMMIT/ROLLBACK in a script the migration tool already runs inside a transaction. */
@RuleInfo(
    id = "ban-transaction-in-wrapped-migration",
    summary = "Transaction control inside a migration the tool already runs in a transaction",
    severity = Severity.WARNING,
    rationale =
        "The tool opened a transaction for the whole script: BEGIN only raises a warning, and COMMIT or"
            + " ROLLBACK ends the tool's transaction early, so the statements after it run outside it and a"
            + " failure leaves the migration half applied and unrecorded.",
    safeAlternative =
        "Remove BEGIN/COMMIT from the script and let the tool's transaction cover it; if part of it must run"
            + " outside a transaction, turn the tool's transaction off for this migration or split it.",
    tags = {"transaction"})
public final class BanTransactionInWrappedMigrationRule extends StatementRule<Node.Transaction> {
  public BanTransactionInWrappedMigrationRule() {
    super(Node.Transaction.class);
  }

  @Override
  protected void check(Node.Transaction tx, Statement statement, RuleContext ctx) {
    Script script = ctx.script();
    if (script.txMode() != TxMode.WRAPPED || statement.embedded()) {
      return;
    }
    Node.TxKind k = tx.kind();
    if (k != Node.TxKind.BEGIN && k != Node.TxKind.COMMIT && k != Node.TxKind.ROLLBACK) {
      return;
    }
    TxState state = ctx.transaction(statement);
    if (!state.inTransaction() || state.explicit()) {
      return;
    }
    String why = state.reason() == null ? "the migration tool runs this script in a transaction" : state.reason();
    if (k == Node.TxKind.BEGIN) {
      ctx.report(statement.span(), "BEGIN inside the transaction the tool opened (" + why + ") has no effect, and"
          + " a COMMIT after it ends the tool's transaction early.");
    } else {
      ctx.report(statement.span(), k + " ends the transaction the tool opened (" + why + "): the statements after"
          + " it run outside it, and a failure leaves the migration half applied.");
    }
  }
}
