package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** DROP SCHEMA of a schema that existed before the migration. */
@RuleInfo(
    id = "ban-drop-schema",
    summary = "Dropping a schema breaks application code that uses its objects and destroys their data",
    severity = Severity.WARNING,
    rationale =
        "Every table, view and function in the schema disappears (with CASCADE, silently); the running"
            + " application fails on them and their data cannot be restored by a rollback.",
    safeAlternative =
        "Move or drop the schema's objects one by one in earlier releases, after the application stopped"
            + " using them; drop the empty schema last, without CASCADE.",
    checksDownScripts = false,
    tags = {"breaking-change", "schema"})
public final class BanDropSchemaRule extends StatementRule<Node.Drop> {
  public BanDropSchemaRule() {
    super(Node.Drop.class);
  }

  @Override
  protected void check(Node.Drop drop, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return; // a routine body runs when the routine is called
    }
    if (drop.kind() != ObjectKind.SCHEMA) {
      return;
    }
    for (QualifiedName schema : drop.names()) {
      if (RuleSupport.createdEarlier(ObjectKind.SCHEMA, schema, statement, ctx)) {
        continue;
      }
      ctx.report(statement.span(), "Dropping schema " + schema + (drop.cascade()
          ? " with CASCADE drops every table, view and function in it" : " removes it")
          + ": running code that uses its objects breaks, and their data cannot be restored by a rollback.");
    }
  }
}
