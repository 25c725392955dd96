package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** DROP TABLE of a table that existed before the migration. */
@RuleInfo(
    id = "ban-drop-table",
    summary = "Dropping a table breaks application code that still uses it and destroys its data",
    severity = Severity.WARNING,
    rationale =
        "The running application version fails on every query that names the table once the migration"
            + " commits, and a rollback cannot bring the rows back.",
    safeAlternative =
        "Remove every use of the table from the application first, deploy, then drop it in a later migration"
            + " (keep a backup or rename it aside for a while if the data may be needed again).",
    checksDownScripts = false,
    tags = {"breaking-change", "table"})
public final class BanDropTableRule extends StatementRule<Node.Drop> {
  public BanDropTableRule() {
    super(Node.Drop.class);
  }

  @Override
  protected void check(Node.Drop drop, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return; // a routine body runs when the routine is called
    }
    if (drop.kind() != ObjectKind.TABLE) {
      return;
    }
    java.util.List<String> old = new java.util.ArrayList<>();
    for (QualifiedName table : drop.names()) {
      if (!ctx.createdInMigration(table, statement)) {
        old.add(table.toString());
      }
    }
    if (old.isEmpty()) {
      return;
    }
    boolean one = old.size() == 1;
    ctx.report(statement.span(), "Dropping table" + (one ? " " : "s ") + String.join(", ", old)
        + " breaks running code that still queries " + (one ? "it" : "them") + ", and " + (one ? "its" : "their")
        + " rows cannot be restored by a rollback" + (drop.cascade()
        ? "; CASCADE also drops the views and foreign keys that depend on " + (one ? "it" : "them") : "") + ".");
  }
}
