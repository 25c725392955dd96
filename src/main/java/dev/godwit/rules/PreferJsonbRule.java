package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** Column of type json, where jsonb would do. */
@RuleInfo(
    id = "prefer-jsonb",
    summary = "Column of type json, where jsonb would do",
    severity = Severity.NOTE,
    rationale =
        "json stores the raw text and reparses it on every access; it has no equality operator (so no DISTINCT, GROUP BY or unique index) and no GIN indexing.",
    safeAlternative =
        "Use jsonb, unless key order and duplicate keys of the original text must be kept.",
    checksDownScripts = false,
    tags = {"types"})
public final class PreferJsonbRule extends StatementRule<Node> {
  public PreferJsonbRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return;
    }
    for (ColumnTypes.Typed c : ColumnTypes.of(node)) {
      String t = c.type().name();
      if (t.equals("json")) {
        ctx.report(c.span(), "Column " + c.name() + " is json; jsonb is faster to query, can be indexed and compared.");
      }
    }
  }
}
