package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** Primary key column of type integer, smallint, serial or smallserial. */
@RuleInfo(
    id = "prefer-bigint-over-int",
    summary = "Primary key column of type integer, smallint, serial or smallserial",
    severity = Severity.NOTE,
    rationale =
        "A 32-bit key runs out at 2,147,483,647 (smallint at 32,767); inserts then fail, and widening the key and every foreign key to it later rewrites those tables under an ACCESS EXCLUSIVE lock.",
    safeAlternative =
        "Use bigint for keys: bigint GENERATED ALWAYS AS IDENTITY (or bigserial); the 4 extra bytes per row are cheap insurance.",
    checksDownScripts = false,
    tags = {"types"})
public final class PreferBigintOverIntRule extends StatementRule<Node> {
  public PreferBigintOverIntRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return;
    }
    for (ColumnTypes.Typed c : ColumnTypes.of(node)) {
      String t = c.type().name();
      if (c.primaryKey() && (t.equals("integer") || t.equals("smallint") || t.equals("serial") || t.equals("smallserial")) && !c.type().array()) {
        ctx.report(c.span(), "Primary key " + c.name() + " is " + c.type().text() + ": it runs out at " + (t.startsWith("small") ? "32,767" : "2,147,483,647") + "; use bigint.");
      }
    }
  }
}
