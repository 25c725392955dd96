package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.MigrationRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;

/** The down migration drops or empties a table, column or schema that the up migration did not create. */
@RuleInfo(
    id = "ban-data-loss-in-down-migration",
    summary = "The down migration destroys data that the up migration did not create",
    severity = Severity.WARNING,
    rationale =
        "A rollback should return to the previous schema, not delete what existed before the migration:"
            + " dropping or emptying an older table or column loses production data that no later"
            + " re-apply brings back.",
    safeAlternative =
        "Make the down migration undo only what the up migration did; if the up migration changes existing"
            + " data irreversibly, make the down migration fail with an explanation instead.",
    tags = {"rollback", "data-loss"})
public final class BanDataLossInDownMigrationRule implements MigrationRule {

  @Override
  public void check(Migration migration, RuleContext ctx) {
    if (migration.up().isEmpty() || migration.down().isEmpty()) {
      return;
    }
    MigrationFacts up = new MigrationFacts(migration.up());
    MigrationFacts down = new MigrationFacts(migration.down());
    if (up.opaque || !up.effective) {
      return;
    }
    for (MigrationFacts.At at : down.statements) {
      Statement st = at.statement();
      Node n = st.node();
      if (n instanceof Node.Drop d && d.kind() == ObjectKind.TABLE) {
        for (QualifiedName t : d.names()) {
          if (!MigrationFacts.contains(up.createdTables, t) && !createdEarlierInDown(down, t, st)) {
            ctx.report(at.script().file(), st.span(), "The down migration drops table " + t + ", which the up"
                + " migration did not create: a rollback destroys its existing rows.");
          }
        }
      } else if (n instanceof Node.Drop d && d.kind() == ObjectKind.SCHEMA) {
        for (QualifiedName s : d.names()) {
          if (!MigrationFacts.containsObject(up.createdObjects, ObjectKind.SCHEMA, s)) {
            ctx.report(at.script().file(), st.span(), "The down migration drops schema " + s + ", which the up"
                + " migration did not create: a rollback destroys everything in it.");
          }
        }
      } else if (n instanceof Node.AlterTable alter && alter.table() != null) {
        QualifiedName t = alter.table();
        if (MigrationFacts.contains(up.createdTables, t) || createdEarlierInDown(down, t, st)) {
          continue;
        }
        for (AlterAction a : alter.actions()) {
          if (a instanceof AlterAction.DropColumn drop
              && !MigrationFacts.containsColumn(up.addedColumns, t, drop.column())
              && !MigrationFacts.containsColumn(down.addedColumns, t, drop.column())) {
            ctx.report(at.script().file(), a.span(), "The down migration drops column " + drop.column() + " of " + t
                + ", which the up migration did not add: a rollback destroys its existing values.");
          }
        }
      } else if (n instanceof Node.Truncate truncate) {
        for (QualifiedName t : truncate.tables()) {
          if (!MigrationFacts.contains(up.createdTables, t)) {
            ctx.report(at.script().file(), st.span(), "The down migration truncates " + t + ", which the up"
                + " migration did not create: a rollback deletes all of its existing rows.");
          }
        }
      } else if (n instanceof Node.Dml dml && dml.kind() == Node.DmlKind.DELETE && !dml.hasWhere()
          && dml.table() != null && !MigrationFacts.contains(up.createdTables, dml.table())) {
        ctx.report(at.script().file(), st.span(), "The down migration deletes every row of " + dml.table()
            + ", which the up migration did not create: a rollback destroys its existing rows.");
      }
    }
  }

  /** True when the down migration itself created the table before dropping it. */
  private static boolean createdEarlierInDown(MigrationFacts down, QualifiedName t, Statement before) {
    for (MigrationFacts.At at : down.statements) {
      if (at.statement() == before) {
        return false;
      }
      if (at.statement().node() instanceof Node.CreateTable ct && ct.table() != null && ct.table().sameAs(t)) {
        return true;
      }
    }
    return false;
  }
}
