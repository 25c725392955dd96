package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A value added with ALTER TYPE ... ADD VALUE used later in the same transaction. */
@RuleInfo(
    id = "ban-new-enum-value-in-same-transaction",
    summary = "A new enum value cannot be used in the transaction that added it",
    severity = Severity.ERROR,
    rationale =
        "From PostgreSQL 12, ALTER TYPE ... ADD VALUE may run in a transaction block, but the new value cannot be"
            + " used until that transaction commits: the statement that uses it fails with 'unsafe use of new"
            + " value of enum type'.",
    safeAlternative =
        "Commit after ALTER TYPE ... ADD VALUE: put the statements that use the new value in a later migration"
            + " (or after a COMMIT).",
    minPg = 12,
    tags = {"enum", "transaction", "schema"})
public final class BanNewEnumValueInSameTransactionRule extends StatementRule<Node.AlterTypeAddValue> {
  public BanNewEnumValueInSameTransactionRule() {
    super(Node.AlterTypeAddValue.class);
  }

  @Override
  protected void check(Node.AlterTypeAddValue add, Statement statement, RuleContext ctx) {
    // a type created in the same transaction is no exception (testdata/_pg/enum-add-value.sql: 55P04 on 12-18)
    if (ctx.script() == null || !ctx.transaction(statement).inTransaction()) {
      return;
    }
    String literal = "'" + add.value().replace("'", "''") + "'";
    Pattern typeWord = Pattern.compile("(?i)\\b" + Pattern.quote(add.type().name()) + "\\b");
    List<Statement> all = ctx.script().statements();
    for (int i = statement.index() + 1; i < all.size(); i++) {
      Statement st = all.get(i);
      if (st.node() instanceof Node.Transaction t && t.kind() != Node.TxKind.SAVEPOINT
          && t.kind() != Node.TxKind.RELEASE && t.kind() != Node.TxKind.BEGIN) {
        return;
      }
      if (!ctx.transaction(st).inTransaction() || ctx.transaction(st).block() != ctx.transaction(statement).block()) {
        return;
      }
      if (st.sql() == null || !st.sql().contains(literal)) {
        continue;
      }
      if (typeWord.matcher(st.sql()).find() || touchesColumnOfType(st.node(), add.type(), ctx)) {
        ctx.report(st.span(), "This statement uses enum value " + literal + ", which ALTER TYPE " + add.type()
            + " ADD VALUE at line " + PgLocks.line(ctx, statement) + " added in the same transaction ("
            + ctx.transaction(st).reason() + "): PostgreSQL rejects it with 'unsafe use of new value " + literal
            + " of enum type " + add.type().name() + "' until that transaction commits.");
      }
    }
  }

  private static boolean touchesColumnOfType(Node node, QualifiedName type, RuleContext ctx) {
    QualifiedName table = null;
    if (node instanceof Node.Dml dml) {
      table = dml.table();
    } else if (node instanceof Node.AlterTable at) {
      table = at.table();
    }
    if (table == null) {
      return false;
    }
    Optional<Table> t = ctx.schema().table(table);
    if (t.isEmpty()) {
      return false;
    }
    String want = type.name().toLowerCase(Locale.ROOT);
    for (Column c : t.get().columns()) {
      if (c.type() != null && (c.type().name().equals(want) || c.type().name().endsWith("." + want))) {
        return true;
      }
    }
    return false;
  }
}
