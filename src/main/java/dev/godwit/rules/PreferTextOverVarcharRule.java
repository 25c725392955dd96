package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** Column of type varchar(n), where text would do. */
@RuleInfo(
    id = "prefer-text-over-varchar",
    summary = "Column of type varchar(n), where text would do",
    severity = Severity.NOTE,
    rationale =
        "In PostgreSQL varchar(n) is text with a length check and no speed or storage advantage; the limit is usually arbitrary, and raising it later is an ALTER TABLE that had to be planned.",
    safeAlternative =
        "Use text, and a CHECK (char_length(col) <= n) constraint where a limit is a real business rule (it can be changed with NOT VALID and VALIDATE without blocking).",
    checksDownScripts = false,
    tags = {"types"})
public final class PreferTextOverVarcharRule extends StatementRule<Node> {
  public PreferTextOverVarcharRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return;
    }
    for (ColumnTypes.Typed c : ColumnTypes.of(node)) {
      String t = c.type().name();
      if (t.equals("character varying") && !c.type().modifiers().isEmpty()) {
        ctx.report(c.span(), "Column " + c.name() + " is " + c.type().text() + "; text with a CHECK on its length (where the limit matters) is easier to change later.");
      }
    }
  }
}
