package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;

/** BEGIN inside a transaction block that the script's own BEGIN opened. */
@RuleInfo(
    id = "ban-nested-transaction",
    summary = "BEGIN inside an open transaction block does not nest: the first COMMIT ends both",
    severity = Severity.WARNING,
    rationale =
        "PostgreSQL has no nested transactions: a second BEGIN only raises a warning, and the first COMMIT"
            + " commits everything since the outer BEGIN, so statements meant to be atomic with the rest are not.",
    safeAlternative =
        "Remove the inner BEGIN/COMMIT, or use SAVEPOINT name / RELEASE SAVEPOINT name for a nested unit.",
    tags = {"transaction"})
public final class BanNestedTransactionRule extends StatementRule<Node.Transaction> {
  public BanNestedTransactionRule() {
    super(Node.Transaction.class);
  }

  @Override
  protected void check(Node.Transaction tx, Statement statement, RuleContext ctx) {
    if (tx.kind() != Node.TxKind.BEGIN || statement.embedded()) {
      return;
    }
    TxState state = ctx.transaction(statement);
    if (state.inTransaction() && state.explicit()) {
      ctx.report(statement.span(), "BEGIN inside an open transaction block (" + state.reason() + ") is ignored"
          + " with a warning; the next COMMIT commits the outer transaction too.");
    }
  }
}
