package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** DELETE without WHERE on a table that existed before the migration. */
@RuleInfo(
    id = "ban-delete-without-where",
    summary = "DELETE without WHERE removes every row of a table that running code uses",
    severity = Severity.WARNING,
    rationale =
        "A DELETE without WHERE empties the table, row-locking every row until the transaction ends; a down"
            + " migration cannot bring the rows back.",
    safeAlternative =
        "Add a WHERE clause that selects only the rows to remove, and delete large sets in batches.",
    checksDownScripts = false,
    tags = {"breaking-change", "data-loss"})
public final class BanDeleteWithoutWhereRule extends StatementRule<Node.Dml> {
  public BanDeleteWithoutWhereRule() {
    super(Node.Dml.class);
  }

  @Override
  protected void check(Node.Dml dml, Statement statement, RuleContext ctx) {
    if (dml.kind() != Node.DmlKind.DELETE || dml.hasWhere() || dml.table() == null || !statement.runsInMigration()
        || ctx.createdInMigration(dml.table(), statement) || RuleSupport.immutable(dml.table(), ctx)) {
      return;
    }
    ctx.report(statement.span(), "DELETE FROM " + dml.table() + " without WHERE deletes every row of "
        + dml.table() + ".");
  }
}
