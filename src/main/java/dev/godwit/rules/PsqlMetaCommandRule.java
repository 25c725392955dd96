package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** psql meta-commands are not SQL: only psql understands them. */
@RuleInfo(
    id = "psql-meta-command",
    summary = "A psql meta-command, which only psql understands and Godwit does not analyze",
    severity = Severity.NOTE,
    rationale = "Meta-commands such as \\set, \\i or \\connect run only under psql; another migration runner fails on them, "
        + "and whatever a \\i include runs is not checked.",
    safeAlternative = "Run the script with psql, or replace the meta-command with SQL the migration tool understands.",
    tags = {"godwit", "psql"})
public final class PsqlMetaCommandRule extends StatementRule<Node.PsqlCommand> {
  public PsqlMetaCommandRule() {
    super(Node.PsqlCommand.class);
  }

  @Override
  protected void check(Node.PsqlCommand node, Statement statement, RuleContext ctx) {
    String what = switch (node.command()) {
      case "\\i", "\\ir", "\\include", "\\include_relative" -> "includes another file, which Godwit does not read";
      case "\\c", "\\connect" -> "switches the database connection";
      case "\\set", "\\unset" -> "sets a psql variable";
      default -> "runs only under psql";
    };
    ctx.report(statement.span(), "psql meta-command " + node.command() + " " + what + "; it is not analyzed");
  }
}
