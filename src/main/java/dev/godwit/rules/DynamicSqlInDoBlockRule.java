package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** EXECUTE of dynamic SQL inside a DO block: Godwit cannot see the statement it runs. */
@RuleInfo(
    id = "dynamic-sql-in-do-block",
    summary = "Dynamic SQL run by EXECUTE in a DO block is not analyzed",
    severity = Severity.NOTE,
    rationale =
        "The statement EXECUTE runs is built at run time, so no rule can check the locks it takes or the data"
            + " it changes; a hazard in it reaches production unreviewed.",
    safeAlternative =
        "Write the statement as static SQL (in the DO block, or as a plain statement of the migration) so it"
            + " can be checked; review dynamic SQL that must stay by hand.",
    tags = {"coverage"})
public final class DynamicSqlInDoBlockRule extends StatementRule<Node.Other> {
  public DynamicSqlInDoBlockRule() {
    super(Node.Other.class);
  }

  @Override
  protected void check(Node.Other other, Statement statement, RuleContext ctx) {
    if (statement.embedding() == null || statement.embedding().kind() != Statement.Embedding.Kind.DO_BLOCK
        || !"EXECUTE".equals(other.keyword())) {
      return;
    }
    String sql = statement.sql().strip().replaceAll("\\s+", " ");
    if (sql.length() > 60) {
      sql = sql.substring(0, 57) + "...";
    }
    ctx.report(statement.span(), "Dynamic SQL in this DO block is not analyzed: " + sql);
  }
}
