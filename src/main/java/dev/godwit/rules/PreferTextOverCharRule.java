package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** Column of type char(n). */
@RuleInfo(
    id = "prefer-text-over-char",
    summary = "Column of type char(n)",
    severity = Severity.NOTE,
    rationale =
        "char(n) pads values with spaces to n characters, compares and concatenates them in surprising ways, and is no faster than text.",
    safeAlternative =
        "Use text (or varchar) and a CHECK constraint on the length where a fixed length is a real rule.",
    checksDownScripts = false,
    tags = {"types"})
public final class PreferTextOverCharRule extends StatementRule<Node> {
  public PreferTextOverCharRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return;
    }
    for (ColumnTypes.Typed c : ColumnTypes.of(node)) {
      String t = c.type().name();
      if (t.equals("character") && !c.foreignKey() && !identifier(c.column())) {
        ctx.report(c.span(), "Column " + c.name() + " is " + c.type().text() + ", which pads values with spaces; use text.");
      }
    }
  }

  /**
   * Identifier columns (id, *_id, foreign keys) hold fixed-length codes such as ULIDs by design; padding never
   * happens, and a foreign key must match the type of the key it references.
   */
  private static boolean identifier(String column) {
    String c = column == null ? "" : column.toLowerCase(java.util.Locale.ROOT);
    return c.equals("id") || c.endsWith("_id") || c.endsWith("_ids");
  }
}
