package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Statement;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Fix;
import dev.godwit.rule.FixAvailability;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;

/**
 * CREATE ... / ADD COLUMN without IF NOT EXISTS, outside a transaction. Receives every statement
 * (target {@code Node.class}) and picks the ones it knows.
 */
@RuleInfo(
    id = "require-if-not-exists",
    summary = "CREATE or ADD COLUMN without IF NOT EXISTS outside a transaction cannot be retried",
    severity = Severity.WARNING,
    rationale =
        "Outside a transaction each statement commits on its own: when a later statement fails, the"
            + " objects created before it stay, and re-running the migration fails on them with 'already"
            + " exists'. Inside a transaction a failure rolls everything back, so this rule stays silent there.",
    safeAlternative =
        "Add IF NOT EXISTS so that the migration can be re-run after a partial failure, or run the"
            + " migration in a transaction.",
    // a down script undoes objects its up script made: a guard there only hides a broken history
    checksDownScripts = false,
    fix = FixAvailability.SOMETIMES,
    tags = {"idempotency"})
public final class RequireIfNotExistsRule extends StatementRule<Node> {
  public RequireIfNotExistsRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (node instanceof Node.CreateTable table) {
      if (!table.ifNotExists() && !table.temporary() && table.table() != null && outside(statement, ctx)) {
        ctx.report(statement.span(), "CREATE TABLE " + table.table() + " has no IF NOT EXISTS: outside a"
            + " transaction, re-running the migration after a later failure stops here with 'already exists'.")
            .help("Write CREATE TABLE IF NOT EXISTS " + table.table()
                + " so that the migration can be re-run after a partial failure.")
            .fix(fixBefore(statement, "TABLE"));
      }
    } else if (node instanceof Node.CreateIndex index) {
      if (!index.ifNotExists() && outside(statement, ctx)) {
        if (index.name() == null) {
          // IF NOT EXISTS requires an index name; say so rather than propose invalid SQL.
          ctx.report(statement.span(), "CREATE INDEX on " + index.table() + " has no name and no IF NOT"
              + " EXISTS: outside a transaction, re-running the migration after a later failure builds a"
              + " duplicate index.")
              .help("Name the index and write CREATE INDEX " + (index.concurrently() ? "CONCURRENTLY " : "")
                  + "IF NOT EXISTS <name> ON " + index.table() + " (IF NOT EXISTS needs a name).");
        } else {
          ctx.report(statement.span(), "CREATE INDEX " + index.name() + " on " + index.table() + " has no IF"
              + " NOT EXISTS: outside a transaction, re-running the migration after a later failure stops"
              + " here with 'already exists'.")
              .help("Write CREATE INDEX " + (index.concurrently() ? "CONCURRENTLY " : "") + "IF NOT EXISTS "
                  + index.name() + "; after a failed CONCURRENTLY build, drop the INVALID index first.")
              .fix(fixBefore(statement, "INDEX"));
        }
      }
    } else if (node instanceof Node.CreateObject object) {
      ObjectKind kind = object.kind();
      if ((kind == ObjectKind.SCHEMA || kind == ObjectKind.SEQUENCE || kind == ObjectKind.EXTENSION)
          && !object.ifNotExists() && !object.orReplace() && object.name() != null && outside(statement, ctx)) {
        String what = kind.sql() + " " + object.name();
        ctx.report(statement.span(), "CREATE " + what + " has no IF NOT EXISTS: outside a transaction,"
            + " re-running the migration after a later failure stops here with 'already exists'.")
            .help("Write CREATE " + kind.sql() + " IF NOT EXISTS " + object.name()
                + " so that the migration can be re-run after a partial failure.")
            .fix(fixBefore(statement, kind == ObjectKind.SCHEMA ? "SCHEMA" : kind == ObjectKind.SEQUENCE
                ? "SEQUENCE" : "EXTENSION"));
      }
    } else if (node instanceof Node.AlterTable alter) {
      Boolean out = null;
      for (AlterAction action : alter.actions()) {
        if (action instanceof AlterAction.AddColumn add && !add.ifNotExists() && add.column() != null) {
          if (out == null) {
            out = outside(statement, ctx);
          }
          if (!out) {
            return;
          }
          String column = add.column().name();
          ctx.report(action.span(), "ADD COLUMN " + column + " on " + alter.table() + " has no IF NOT EXISTS:"
              + " outside a transaction, re-running the migration after a later failure stops here with"
              + " 'already exists'.")
              .help("Write ALTER TABLE " + alter.table() + " ADD COLUMN IF NOT EXISTS " + column
                  + " so that the migration can be re-run after a partial failure.")
              .fix(fixAddColumn(statement, action.span().start()));
        }
      }
    }
  }

  /**
   * IF NOT EXISTS before the object's name: the word after {@code keyword} (and after CONCURRENTLY); none
   * when no name follows (CREATE INDEX ON ..., CREATE SCHEMA AUTHORIZATION ...).
   */
  private static Fix fixBefore(Statement statement, String keyword) {
    SqlWords w = SqlWords.of(statement, 12);
    int k = w.find(0, keyword);
    if (k < 0 || !w.is(0, "CREATE")) {
      return null;
    }
    int name = w.skip(k + 1, "CONCURRENTLY");
    if (w.text(name) == null || w.is(name, "ON", "AUTHORIZATION", "IF", "(", ";")) {
      return null;
    }
    return w.insertBefore(name, "IF NOT EXISTS ", "Add IF NOT EXISTS", Applicability.SAFE);
  }

  /** ADD [COLUMN] IF NOT EXISTS: before the word after ADD [COLUMN], found from the action's start. */
  private static Fix fixAddColumn(Statement statement, int actionStart) {
    SqlWords w = SqlWords.of(statement, 400);
    int add = w.atHost(actionStart);
    if (add < 0 || !w.is(add, "ADD")) {
      return null;
    }
    int name = w.skip(add + 1, "COLUMN");
    if (w.text(name) == null || w.is(name, "IF")) {
      return null;
    }
    return w.insertBefore(name, "IF NOT EXISTS ", "Add IF NOT EXISTS", Applicability.SAFE);
  }

  private static boolean outside(Statement statement, RuleContext ctx) {
    if (statement.embedding() != null && statement.embedding().conditional()) {
      return false; // a DO block's IF NOT EXISTS (...) THEN guard already makes it re-runnable
    }
    TxState tx = ctx.transaction(statement);
    // a statement is atomic on its own: only a later statement of the script that fails can leave it applied
    // for a re-run to stumble over
    return tx != null && !tx.inTransaction() && RuleSupport.hasLaterStatement(statement, ctx);
  }
}
