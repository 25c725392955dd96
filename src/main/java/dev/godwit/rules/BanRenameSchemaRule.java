package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER SCHEMA ... RENAME TO. */
@RuleInfo(
    id = "ban-rename-schema",
    summary = "Renaming a schema breaks application code that qualifies names with the old schema",
    severity = Severity.WARNING,
    rationale =
        "Every query, search_path setting and function that names the old schema fails from the moment the"
            + " migration commits until every running instance is redeployed.",
    safeAlternative =
        "Create the new schema, move objects over release by release (leaving views in the old schema), and"
            + " drop the old schema once nothing uses it.",
    checksDownScripts = false,
    tags = {"breaking-change", "schema"})
public final class BanRenameSchemaRule extends StatementRule<Node.AlterObject> {
  public BanRenameSchemaRule() {
    super(Node.AlterObject.class);
  }

  @Override
  protected void check(Node.AlterObject alter, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return; // a routine body runs when the routine is called
    }
    if (alter.kind() != ObjectKind.SCHEMA || alter.renameTo() == null || alter.name() == null
        || RuleSupport.createdEarlier(ObjectKind.SCHEMA, alter.name(), statement, ctx)) {
      return;
    }
    ctx.report(statement.span(), "Renaming schema " + alter.name() + " to " + alter.renameTo()
        + " breaks running code and search_path settings that still name " + alter.name() + ".");
  }
}
