package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.model.Node.Dml;
import dev.godwit.model.Node.DmlKind;

/** UPDATE, DELETE, MERGE, TRUNCATE, DROP or destructive ALTER of a table configured as immutable. */
@RuleInfo(
    id = "ban-immutable-table-change",
    summary = "Rows of an immutable table (immutable-tables) are updated, deleted or dropped",
    severity = Severity.ERROR,
    rationale =
        "Tables listed under immutable-tables (an event store, an audit log, a ledger) are append-only by"
            + " design: rewriting or removing their rows destroys the history other data is derived from.",
    safeAlternative =
        "Append a compensating row (a correcting event) instead of changing history; to reshape the data,"
            + " build a new projection from the events rather than altering them.",
    checksDownScripts = false,
    tags = {"data-loss", "event-store"})
public final class BanImmutableTableChangeRule extends StatementRule<Node> {
  public BanImmutableTableChangeRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (ctx.immutableTables().isEmpty() || !statement.runsInMigration()) {
      return;
    }
    if (node instanceof Dml dml && (dml.kind() == DmlKind.UPDATE || dml.kind() == DmlKind.DELETE
        || dml.kind() == DmlKind.MERGE)) {
      flag(dml.table(), dml.kind().name() + " on immutable table " + dml.table() + " changes rows that must never"
          + " change", statement, ctx);
    } else if (node instanceof Node.Truncate truncate) {
      for (QualifiedName t : truncate.tables()) {
        flag(t, "TRUNCATE of immutable table " + t + " deletes its whole history", statement, ctx);
      }
    } else if (node instanceof Node.Drop drop && drop.kind() == ObjectKind.TABLE) {
      for (QualifiedName t : drop.names()) {
        flag(t, "DROP TABLE of immutable table " + t + " deletes its whole history", statement, ctx);
      }
    } else if (node instanceof Node.AlterTable alter) {
      for (AlterAction a : alter.actions()) {
        if (a instanceof AlterAction.DropColumn drop) {
          flag(alter.table(), "Dropping column " + drop.column() + " of immutable table " + alter.table()
              + " deletes recorded data", statement, ctx);
        } else if (a instanceof AlterAction.AlterColumnType type && type.using() != null) {
          flag(alter.table(), "Changing column " + type.column() + " of immutable table " + alter.table()
              + " with USING rewrites recorded values", statement, ctx);
        }
      }
    }
  }

  private static void flag(QualifiedName table, String message, Statement statement, RuleContext ctx) {
    if (table != null && RuleSupport.immutable(table, ctx) && !ctx.createdInMigration(table, statement)) {
      ctx.report(statement.span(), message + " (it is listed in immutable-tables).");
    }
  }
}
