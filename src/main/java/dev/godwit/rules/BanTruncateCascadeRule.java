package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** TRUNCATE ... CASCADE. */
@RuleInfo(
    id = "ban-truncate-cascade",
    summary = "TRUNCATE ... CASCADE also empties every table that references the truncated ones",
    severity = Severity.ERROR,
    rationale =
        "CASCADE truncates all tables with foreign keys to the named tables, and the tables referencing those,"
            + " whatever they are: one statement can wipe most of a database, and no down migration restores it.",
    safeAlternative =
        "Name every table you mean to empty and drop CASCADE, so PostgreSQL refuses when another table still"
            + " references them; better, delete the rows you mean to with a WHERE clause.",
    checksDownScripts = false,
    tags = {"breaking-change", "data-loss"})
public final class BanTruncateCascadeRule extends StatementRule<Node.Truncate> {
  public BanTruncateCascadeRule() {
    super(Node.Truncate.class);
  }

  @Override
  protected void check(Node.Truncate truncate, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return; // a routine body runs when the routine is called
    }
    if (!truncate.cascade()) {
      return;
    }
    StringBuilder names = new StringBuilder();
    boolean allNew = true;
    for (QualifiedName table : truncate.tables()) {
      names.append(names.length() == 0 ? "" : ", ").append(table);
      allNew &= ctx.createdInMigration(table, statement);
    }
    if (allNew && !truncate.tables().isEmpty()) {
      return;
    }
    ctx.report(statement.span(), "TRUNCATE " + names + " CASCADE also empties every table that references "
        + (truncate.tables().size() == 1 ? "it" : "them") + ", and the tables referencing those.");
  }
}
