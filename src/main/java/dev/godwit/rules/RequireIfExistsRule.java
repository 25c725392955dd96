package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Fix;
import dev.godwit.rule.FixAvailability;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DROP ... / DROP COLUMN / DROP CONSTRAINT without IF EXISTS, outside a transaction. Receives every
 * statement (target {@code Node.class}) and picks the ones it knows.
 */
@RuleInfo(
    id = "require-if-exists",
    summary = "DROP, DROP COLUMN or DROP CONSTRAINT without IF EXISTS outside a transaction cannot be retried",
    severity = Severity.WARNING,
    rationale =
        "Outside a transaction each statement commits on its own: when a later statement fails, the"
            + " objects dropped before it stay dropped, and re-running the migration fails on them with 'does"
            + " not exist'. Inside a transaction a failure rolls everything back, so this rule stays silent"
            + " there.",
    safeAlternative =
        "Add IF EXISTS so that the migration can be re-run after a partial failure, or run the migration"
            + " in a transaction.",
    // a down script undoes objects its up script made: a guard there only hides a broken history
    checksDownScripts = false,
    fix = FixAvailability.SOMETIMES,
    tags = {"idempotency"})
public final class RequireIfExistsRule extends StatementRule<Node> {
  private static final Set<ObjectKind> KINDS = EnumSet.of(
      ObjectKind.TABLE, ObjectKind.INDEX, ObjectKind.SCHEMA, ObjectKind.TYPE, ObjectKind.SEQUENCE,
      ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW);

  public RequireIfExistsRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (node instanceof Node.Drop drop) {
      if (!drop.ifExists() && KINDS.contains(drop.kind()) && !drop.names().isEmpty()
          && outside(statement, ctx)) {
        String names = drop.names().stream().map(QualifiedName::toString).collect(Collectors.joining(", "));
        String kind = drop.kind().sql();
        ctx.report(statement.span(), "DROP " + kind + " " + names + " has no IF EXISTS: outside a"
            + " transaction, re-running the migration after a later failure stops here with 'does not exist'.")
            .help("Write DROP " + kind + (drop.concurrently() ? " CONCURRENTLY" : "") + " IF EXISTS " + names
                + " so that the migration can be re-run after a partial failure.")
            .fix(fixDrop(statement));
      }
    } else if (node instanceof Node.AlterTable alter) {
      Boolean out = null;
      for (AlterAction action : alter.actions()) {
        String what;
        String rewrite;
        String keyword;
        if (action instanceof AlterAction.DropColumn dc && !dc.ifExists() && dc.column() != null) {
          what = "DROP COLUMN " + dc.column();
          rewrite = "DROP COLUMN IF EXISTS " + dc.column();
          keyword = "COLUMN";
        } else if (action instanceof AlterAction.DropConstraint dk && !dk.ifExists() && dk.name() != null) {
          what = "DROP CONSTRAINT " + dk.name();
          rewrite = "DROP CONSTRAINT IF EXISTS " + dk.name();
          keyword = "CONSTRAINT";
        } else {
          continue;
        }
        if (out == null) {
          out = outside(statement, ctx);
        }
        if (!out) {
          return;
        }
        ctx.report(action.span(), what + " on " + alter.table() + " has no IF EXISTS: outside a transaction,"
            + " re-running the migration after a later failure stops here with 'does not exist'.")
            .help("Write ALTER TABLE " + alter.table() + " " + rewrite
                + " so that the migration can be re-run after a partial failure.")
            .fix(fixAlterDrop(statement, action.span().start(), keyword));
      }
    }
  }

  /** DROP kind [CONCURRENTLY] IF EXISTS name: before the first word after the object kind. */
  private static Fix fixDrop(Statement statement) {
    SqlWords w = SqlWords.of(statement, 12);
    if (!w.is(0, "DROP")) {
      return null;
    }
    int name = w.skip(1, "TABLE", "INDEX", "SCHEMA", "TYPE", "SEQUENCE", "VIEW", "MATERIALIZED", "CONCURRENTLY");
    if (name < 2 || w.text(name) == null || w.is(name, "IF", ";")) {
      return null;
    }
    return w.insertBefore(name, "IF EXISTS ", "Add IF EXISTS", Applicability.SAFE);
  }

  /** DROP [COLUMN] IF EXISTS name / DROP CONSTRAINT IF EXISTS name, found from the action's start. */
  private static Fix fixAlterDrop(Statement statement, int actionStart, String keyword) {
    SqlWords w = SqlWords.of(statement, 400);
    int drop = w.atHost(actionStart);
    if (drop < 0 || !w.is(drop, "DROP")) {
      return null;
    }
    int name = w.skip(drop + 1, keyword);
    if (w.text(name) == null || w.is(name, "IF")) {
      return null;
    }
    return w.insertBefore(name, "IF EXISTS ", "Add IF EXISTS", Applicability.SAFE);
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
