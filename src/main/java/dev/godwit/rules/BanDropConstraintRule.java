package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** ALTER TABLE ... DROP CONSTRAINT that the migration does not add back. */
@RuleInfo(
    id = "ban-drop-constraint",
    summary = "Dropping a constraint removes a guarantee that running code and data may rely on",
    severity = Severity.WARNING,
    rationale =
        "Without the constraint, duplicates, orphans or invalid values can be written at once; code that"
            + " relies on it (ON CONFLICT on a unique key, cascades, lookups) changes behaviour, and putting it"
            + " back later needs a full validation of whatever was written meanwhile.",
    safeAlternative =
        "Drop a constraint only once no code relies on it; to change one, add the new constraint NOT VALID"
            + " under a new name, VALIDATE it, then drop the old one.",
    checksDownScripts = false,
    tags = {"breaking-change", "constraint"})
public final class BanDropConstraintRule extends StatementRule<Node.AlterTable> {
  public BanDropConstraintRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration()) {
      return; // a routine body runs when the routine is called
    }
    if (alter.table() == null || ctx.createdInMigration(alter.table(), statement)) {
      return;
    }
    int drops = 0;
    int adds = 0;
    for (AlterAction action : alter.actions()) {
      drops += action instanceof AlterAction.DropConstraint ? 1 : 0;
      adds += action instanceof AlterAction.AddConstraint ? 1 : 0;
    }
    if (adds >= drops) {
      return; // the statement replaces the constraints it drops (a rename or redefinition, as Atlas writes them)
    }
    for (AlterAction action : alter.actions()) {
      if (action instanceof AlterAction.DropConstraint drop && drop.name() != null
          && !readded(alter, drop.name(), ctx)) {
        ctx.report(action.span(), "Dropping constraint " + drop.name() + " of " + alter.table()
            + " removes its guarantee at once; running code that relies on it may change behaviour.");
      }
    }
  }

  /** True when the same migration adds a constraint of that name to the table again (a redefinition). */
  private static boolean readded(Node.AlterTable alter, String name, RuleContext ctx) {
    Migration m = ctx.migration();
    if (m == null) {
      return false;
    }
    for (Script s : m.up()) {
      for (Statement st : s.statements()) {
        if (st.node() instanceof Node.AlterTable other && other.table() != null && other.table().sameAs(alter.table())) {
          for (AlterAction a : other.actions()) {
            if (a instanceof AlterAction.AddConstraint add && add.constraint() != null
                && name.equals(add.constraint().name())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
