package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** SQL a Java or Python migration builds at run time: Godwit cannot check what it does not know. */
@RuleInfo(
    id = "dynamic-sql",
    summary = "A Java or Python migration runs SQL built at run time, which Godwit cannot check",
    severity = Severity.NOTE,
    rationale = "Godwit reads migration code without running it; SQL assembled from variables, method calls or"
        + " f-strings is unknown to it, so none of its hazards are reported.",
    safeAlternative = "Write the SQL as a string literal (or a constant of the class or module) passed straight"
        + " to the call, or review the statement by hand and suppress this note.",
    tags = {"godwit"})
public final class DynamicSqlRule extends StatementRule<Node.DynamicSql> {
  public DynamicSqlRule() {
    super(Node.DynamicSql.class);
  }

  @Override
  protected void check(Node.DynamicSql node, Statement statement, RuleContext ctx) {
    var finding = ctx.report(statement.span(), "Godwit cannot check the SQL run by " + node.call() + ": " + node.why()
        + ".");
    if (node.call().equals("upgrade()") || node.call().equals("downgrade()")) {
      // a whole Alembic function with nothing Godwit can read (it only passes, or runs ORM code)
      finding.help("If that is intended (a merge point, a data fix through the ORM), there is nothing to do;"
          + " otherwise write the SQL with op.* operations or op.execute(\"...\"), which Godwit checks.");
    }
  }
}
