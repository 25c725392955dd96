package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** DROP DATABASE in a migration. */
@RuleInfo(
    id = "ban-drop-database",
    summary = "Dropping a database in a migration destroys all of its data",
    severity = Severity.ERROR,
    rationale =
        "DROP DATABASE removes every object and row of the database and cannot be rolled back; it does not"
            + " belong in a migration that runs automatically on every environment.",
    safeAlternative =
        "Drop databases by hand (or in infrastructure code) after a backup, never from a migration.",
    checksDownScripts = false,
    tags = {"breaking-change", "database"})
public final class BanDropDatabaseRule extends StatementRule<Node.Drop> {
  public BanDropDatabaseRule() {
    super(Node.Drop.class);
  }

  @Override
  protected void check(Node.Drop drop, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return; // a routine body runs when the routine is called
    }
    if (drop.kind() != ObjectKind.DATABASE) {
      return;
    }
    for (QualifiedName db : drop.names()) {
      ctx.report(statement.span(), "Dropping database " + db + " destroys all of its data; a migration cannot"
          + " undo it.");
    }
  }
}
