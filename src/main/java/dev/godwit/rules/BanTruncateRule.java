package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** TRUNCATE (without CASCADE) of a table that existed before the migration. */
@RuleInfo(
    id = "ban-truncate",
    summary = "TRUNCATE deletes every row of a table that running code uses",
    severity = Severity.WARNING,
    rationale =
        "TRUNCATE empties the table under an ACCESS EXCLUSIVE lock, which blocks every read and write of it;"
            + " the rows cannot be restored by a down migration.",
    safeAlternative =
        "Delete only the rows you mean to, with a WHERE clause and in batches; if the table really must be"
            + " emptied, do it by hand after a backup rather than in a migration.",
    checksDownScripts = false,
    tags = {"breaking-change", "data-loss", "locking"})
public final class BanTruncateRule extends StatementRule<Node.Truncate> {
  public BanTruncateRule() {
    super(Node.Truncate.class);
  }

  @Override
  protected void check(Node.Truncate truncate, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return; // a routine body runs when the routine is called
    }
    if (truncate.cascade()) {
      return; // ban-truncate-cascade
    }
    for (QualifiedName table : truncate.tables()) {
      if (!ctx.createdInMigration(table, statement) && !RuleSupport.immutable(table, ctx)) {
        ctx.report(statement.span(), "TRUNCATE " + table + " deletes all of its rows under an ACCESS EXCLUSIVE"
            + " lock that blocks reads and writes of " + table + ".");
      }
    }
  }
}
