package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** A statement Godwit could not understand: no rule checked it, so the user should know. */
@RuleInfo(
    id = "parse-error",
    summary = "A statement Godwit could not parse, so no rule checked it",
    severity = Severity.WARNING,
    rationale = "Godwit only reports hazards in statements it understands; an unparsed statement may hide one.",
    safeAlternative = "Check the statement's syntax. If PostgreSQL accepts it, review it by hand and report the statement to the Godwit project.",
    tags = {"godwit"})
public final class ParseErrorRule extends StatementRule<Node.Unparsed> {
  public ParseErrorRule() {
    super(Node.Unparsed.class);
  }

  @Override
  protected void check(Node.Unparsed node, Statement statement, RuleContext ctx) {
    String where = "";
    if (node.errorSpan() != null && ctx.script() != null && !node.reason().contains(" at line ")) {
      var lines = ctx.script().file().lines();
      where = " at line " + lines.line(node.errorSpan().start()) + ", column " + lines.column(node.errorSpan().start());
    }
    ctx.report(statement.span(), "Could not parse this statement (" + node.reason() + where + "); no rule checked it");
  }
}
