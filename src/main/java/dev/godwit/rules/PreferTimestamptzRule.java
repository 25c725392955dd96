package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** Column of type timestamp without time zone. */
@RuleInfo(
    id = "prefer-timestamptz",
    summary = "Column of type timestamp without time zone",
    severity = Severity.NOTE,
    rationale =
        "timestamp without time zone stores wall-clock values with no zone: values written from sessions or servers in different time zones cannot be compared, and daylight-saving changes make them ambiguous.",
    safeAlternative =
        "Use timestamptz (timestamp with time zone): it stores an instant and converts to the session's time zone on output.",
    checksDownScripts = false,
    tags = {"types"})
public final class PreferTimestamptzRule extends StatementRule<Node> {
  public PreferTimestamptzRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return;
    }
    for (ColumnTypes.Typed c : ColumnTypes.of(node)) {
      String t = c.type().name();
      if (t.equals("timestamp without time zone")) {
        ctx.report(c.span(), "Column " + c.name() + " is " + (c.type().text().equalsIgnoreCase("timestamp without time zone") ? "timestamp without time zone" : c.type().text() + " (without time zone)") + "; use timestamptz to store an unambiguous instant.");
      }
    }
  }
}
