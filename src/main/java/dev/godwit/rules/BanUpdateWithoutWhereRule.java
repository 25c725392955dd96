package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** UPDATE without WHERE on a table that existed before the migration. */
@RuleInfo(
    id = "ban-update-without-where",
    summary = "UPDATE without WHERE rewrites every row of a table in one transaction",
    severity = Severity.WARNING,
    rationale =
        "An UPDATE without WHERE writes a new version of every row and holds a row lock on each until the"
            + " transaction ends: concurrent updates of any row wait, the table doubles in size until vacuum,"
            + " and replicas fall behind.",
    safeAlternative =
        "Backfill in batches of a few thousand rows (UPDATE ... WHERE id BETWEEN ... or WHERE col IS NULL"
            + " ... LIMIT via a subquery), each in its own transaction, outside the schema migration.",
    checksDownScripts = false,
    tags = {"backfill", "locking"})
public final class BanUpdateWithoutWhereRule extends StatementRule<Node.Dml> {
  public BanUpdateWithoutWhereRule() {
    super(Node.Dml.class);
  }

  @Override
  protected void check(Node.Dml dml, Statement statement, RuleContext ctx) {
    if (dml.kind() != Node.DmlKind.UPDATE || dml.hasWhere() || dml.table() == null || !statement.runsInMigration()
        || ctx.createdInMigration(dml.table(), statement) || RuleSupport.immutable(dml.table(), ctx)) {
      return;
    }
    ctx.report(statement.span(), "UPDATE " + dml.table() + " without WHERE rewrites every row of " + dml.table()
        + " and row-locks each one until the transaction ends.");
  }
}
