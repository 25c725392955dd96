package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** BEGIN with no COMMIT or ROLLBACK after it in the script. */
@RuleInfo(
    id = "ban-uncommitted-transaction",
    summary = "BEGIN without a matching COMMIT leaves the migration's transaction open",
    severity = Severity.ERROR,
    rationale =
        "When the script ends inside the transaction block, psql (and sqitch, which runs psql) disconnects and"
            + " PostgreSQL rolls the work back, while the tool may record the migration as applied; other tools"
            + " leave the session in an open transaction that holds its locks.",
    safeAlternative = "End the transaction block with COMMIT at the end of the script.",
    tags = {"transaction"})
public final class BanUncommittedTransactionRule extends StatementRule<Node.Transaction> {
  public BanUncommittedTransactionRule() {
    super(Node.Transaction.class);
  }

  @Override
  protected void check(Node.Transaction tx, Statement statement, RuleContext ctx) {
    Script script = ctx.script();
    if (tx.kind() != Node.TxKind.BEGIN || statement.embedded() || script.txMode() == TxMode.WRAPPED
        || ctx.transaction(statement).explicit()) {
      return;
    }
    for (Statement later : script.statements()) {
      if (later.index() > statement.index() && !later.embedded() && later.node() instanceof Node.Transaction t
          && (t.kind() == Node.TxKind.COMMIT || t.kind() == Node.TxKind.ROLLBACK || t.kind() == Node.TxKind.PREPARE)) {
        return;
      }
    }
    ctx.report(statement.span(), "This BEGIN has no COMMIT after it: the transaction is still open when "
        + script.file().name() + " ends, and its work is rolled back when the session closes.");
  }
}
