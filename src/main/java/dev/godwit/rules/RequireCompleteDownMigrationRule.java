package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.rule.MigrationRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.util.EnumSet;
import java.util.Set;

/** The down migration leaves behind a table, column, index or other object that the up migration creates. */
@RuleInfo(
    id = "require-complete-down-migration",
    summary = "The down migration does not remove something the up migration creates",
    severity = Severity.WARNING,
    rationale =
        "After a rollback the object is still there, so the schema is not the one the previous release"
            + " expects, and applying the migration again fails with 'already exists'.",
    safeAlternative =
        "Make the down migration drop everything the up migration creates, in reverse order"
            + " (DROP INDEX, ALTER TABLE ... DROP COLUMN, DROP TABLE, ...).",
    tags = {"rollback"})
public final class RequireCompleteDownMigrationRule implements MigrationRule {
  private static final Set<ObjectKind> KINDS = EnumSet.of(ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
      ObjectKind.TYPE, ObjectKind.SEQUENCE, ObjectKind.SCHEMA, ObjectKind.DOMAIN);

  @Override
  public void check(Migration migration, RuleContext ctx) {
    if (migration.up().isEmpty() || migration.down().isEmpty()) {
      return;
    }
    MigrationFacts up = new MigrationFacts(migration.up());
    MigrationFacts down = new MigrationFacts(migration.down());
    if (!down.effective || down.opaque || up.opaque) {
      return;
    }
    String downName = migration.down().get(0).file().name();
    if (migration.down().get(0).file() == migration.up().get(0).file()) {
      downName = "the down section of " + downName;
    }
    for (MigrationFacts.At at : up.statements) {
      Statement st = at.statement();
      Node n = st.node();
      if (n instanceof Node.CreateTable ct && ct.table() != null && !ct.ifNotExists() && !ct.temporary()) {
        QualifiedName t = ct.table();
        if (!dropsTable(up, t) && !dropsTable(down, t) && !MigrationFacts.contains(up.renamedTables, t)
            && !MigrationFacts.contains(down.renamedTables, t)) {
          report(ctx, at.script(), st, "The up migration creates table " + t + ", but " + downName
              + " does not drop it: after a rollback the table stays, and re-applying fails with 'already exists'.");
        }
      } else if (n instanceof Node.AlterTable alter && alter.table() != null) {
        QualifiedName t = alter.table();
        if (MigrationFacts.contains(up.createdTables, t) || dropsTable(down, t)
            || MigrationFacts.contains(down.renamedTables, t) || MigrationFacts.contains(up.renamedTables, t)) {
          continue;
        }
        for (AlterAction a : alter.actions()) {
          if (a instanceof AlterAction.AddColumn add && add.column() != null && !add.ifNotExists()) {
            String c = add.column().name();
            if (!MigrationFacts.containsColumn(down.droppedColumns, t, c)
                && !MigrationFacts.containsColumn(up.droppedColumns, t, c)) {
              ctx.report(at.script().file(), a.span(), "The up migration adds column " + c + " to " + t + ", but "
                  + downName + " does not drop it: after a rollback the column stays, and re-applying fails with"
                  + " 'column \"" + c + "\" already exists'.");
            }
          }
        }
      } else if (n instanceof Node.CreateIndex ci && ci.name() != null && !ci.ifNotExists() && ci.table() != null) {
        QualifiedName idx = ci.name();
        if (MigrationFacts.contains(up.createdTables, ci.table()) || dropsTable(down, ci.table())
            || MigrationFacts.contains(down.droppedIndexes, idx) || MigrationFacts.contains(up.droppedIndexes, idx)
            || MigrationFacts.contains(down.renamedTables, ci.table())) {
          continue;
        }
        boolean columnDropped = false;
        for (String c : ci.columns()) {
          columnDropped |= MigrationFacts.containsColumn(down.droppedColumns, ci.table(), c);
        }
        if (!columnDropped) {
          report(ctx, at.script(), st, "The up migration creates index " + idx + ", but " + downName
              + " does not drop it: after a rollback the index stays, and re-applying fails with 'already exists'.");
        }
      } else if (n instanceof Node.CreateObject co && co.name() != null && KINDS.contains(co.kind())
          && !co.ifNotExists() && !co.orReplace()) {
        if (!MigrationFacts.containsObject(down.droppedObjects, co.kind(), co.name())
            && !MigrationFacts.containsObject(up.droppedObjects, co.kind(), co.name()) && !down.cascades(co.name())
            && !(co.kind() == ObjectKind.SEQUENCE && !down.droppedTables.isEmpty())) {
          report(ctx, at.script(), st, "The up migration creates " + co.kind().sql().toLowerCase(java.util.Locale.ROOT)
              + " " + co.name() + ", but " + downName + " does not drop it: after a rollback it stays, and"
              + " re-applying fails with 'already exists'.");
        }
      }
    }
  }

  private static boolean dropsTable(MigrationFacts facts, QualifiedName t) {
    return MigrationFacts.contains(facts.droppedTables, t) || facts.cascades(t);
  }

  private static void report(RuleContext ctx, Script script, Statement st, String message) {
    ctx.report(script.file(), st.span(), message);
  }
}
