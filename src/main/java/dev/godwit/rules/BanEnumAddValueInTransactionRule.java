package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;

/** ALTER TYPE ... ADD VALUE inside a transaction block, which PostgreSQL before 12 refuses. */
@RuleInfo(
    id = "ban-enum-add-value-in-transaction",
    summary = "ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12",
    severity = Severity.ERROR,
    rationale =
        "Before PostgreSQL 12, ALTER TYPE ... ADD VALUE fails with 'cannot run inside a transaction block'"
            + " unless the enum type was created in the same transaction, so a migration tool that wraps the"
            + " migration in a transaction cannot apply it.",
    safeAlternative =
        "Run ALTER TYPE ... ADD VALUE in a migration that runs outside a transaction (e.g. Flyway"
            + " executeInTransaction=false, or a single-statement golang-migrate file), or target PostgreSQL 12+.",
    maxPg = 11,
    tags = {"enum", "transaction"})
public final class BanEnumAddValueInTransactionRule extends StatementRule<Node.AlterTypeAddValue> {
  public BanEnumAddValueInTransactionRule() {
    super(Node.AlterTypeAddValue.class);
  }

  @Override
  protected void check(Node.AlterTypeAddValue add, Statement statement, RuleContext ctx) {
    TxState tx = ctx.transaction(statement);
    if (tx == null || !tx.inTransaction() || ctx.schema().isNewType(add.type())) {
      return;
    }
    ctx.report(statement.span(), "ALTER TYPE " + add.type() + " ADD VALUE '" + add.value() + "' runs inside a"
        + " transaction block (" + tx.reason() + "): PostgreSQL " + ctx.pgVersion() + " rejects it with 'ALTER TYPE"
        + " ... ADD cannot run inside a transaction block' (allowed from PostgreSQL 12).");
  }
}
