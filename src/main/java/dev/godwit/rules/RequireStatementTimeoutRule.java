package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.DataType;
import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.Locale;
import java.util.Optional;

/**
 * A statement whose run time grows with the table (an index build, a rewrite, a full validation, a backfill) with
 * no statement_timeout in force: nothing bounds how long it holds its lock. Reported once per script.
 */
@RuleInfo(
    id = "require-statement-timeout",
    summary = "A long operation (index build, rewrite, validation, backfill) runs with no statement_timeout",
    severity = Severity.NOTE,
    rationale =
        "lock_timeout bounds the wait for a lock, not the time the statement then holds it. An index build, a table"
            + " rewrite, a full-table validation or a backfill runs as long as the table is large, holding its lock"
            + " the whole time; without statement_timeout a migration that took seconds on staging can hold"
            + " production for an hour, and only a person killing it ends it.",
    safeAlternative =
        "Set a statement_timeout sized for the operation before it (SET statement_timeout = '15min'; SET LOCAL"
            + " inside a transaction; Flyway's initSql or Spring's spring.flyway.init-sqls for every migration), so"
            + " a run that takes far longer than planned stops instead of holding the table.",
    checksDownScripts = false,
    enabledByDefault = false,
    tags = {"locking", "timeout"})
public final class RequireStatementTimeoutRule extends StatementRule<Node> {
  public RequireStatementTimeoutRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    String what = longOperation(statement, ctx, false);
    if (what == null) {
      return;
    }
    Script script = ctx.script();
    boolean[] inForce = inForce(script, ctx, statement.index());
    if (inForce[statement.index()]) {
      return;
    }
    for (Statement earlier : script.statements()) {
      if (earlier.index() >= statement.index()) {
        break;
      }
      if (!inForce[earlier.index()] && longOperation(earlier, ctx, true) != null) {
        return; // one SET covers the rest of the script: report its first such statement only
      }
    }
    boolean inTx = ctx.transaction(statement).inTransaction();
    ctx.report(statement.span(), what + ", for as long as the table is large, with no statement_timeout set"
        + " (Godwit sees SET, SET LOCAL and Flyway's initSql, not a timeout set with ALTER ROLE or ALTER DATABASE).")
        .help("Run " + (inTx ? "SET LOCAL" : "SET") + " statement_timeout = '15min'; (sized for the table) before"
            + " this statement, so that a run far longer than planned stops instead of holding the table.");
  }

  /** What makes the statement long, as a phrase; null when it is not a long operation on an existing table. */
  static String longOperation(Statement st, RuleContext ctx, boolean earlier) {
    if (!st.runsInMigration()) {
      return null;
    }
    Node n = st.node();
    if (n instanceof Node.CreateIndex ci) {
      return existing(ci.table(), st, ctx) ? "CREATE INDEX " + (ci.name() == null ? "" : ci.name() + " ")
          + "on " + ci.table() + " reads the whole table" : null;
    }
    if (n instanceof Node.Reindex r) {
      return "REINDEX " + (r.name() == null ? "" : r.name()) + " rebuilds every index it names";
    }
    if (n instanceof Node.Maintenance m && (m.full() || m.command().equalsIgnoreCase("CLUSTER"))) {
      return m.command().toUpperCase(Locale.ROOT) + (m.full() ? " FULL" : "") + " rewrites "
          + (m.table() == null ? "every table" : m.table());
    }
    if (n instanceof Node.RefreshMaterializedView rv) {
      return "REFRESH MATERIALIZED VIEW " + rv.view() + " runs its whole query";
    }
    if (n instanceof Node.Dml d && d.table() != null && existing(d.table(), st, ctx)
        && (d.kind() == Node.DmlKind.UPDATE || d.kind() == Node.DmlKind.DELETE
            || d.kind() == Node.DmlKind.INSERT && d.fromQuery())) {
      return "This " + d.kind().name() + " of " + d.table() + " is a backfill";
    }
    if (n instanceof Node.AlterTable at && existing(at.table(), st, ctx)) {
      for (AlterAction a : at.actions()) {
        String why = longAction(at.table(), a, ctx, earlier);
        if (why != null) {
          return "ALTER TABLE " + at.table() + " " + why;
        }
      }
    }
    return null;
  }

  /**
   * @param earlier the action is of a statement before the one checked: the schema seen is that after it, so a
   *     type change counts without asking whether it rewrites
   */
  private static String longAction(QualifiedName table, AlterAction a, RuleContext ctx, boolean earlier) {
    if (a instanceof AlterAction.AlterColumnType t) {
      if (earlier) {
        return "changes the type of " + t.column();
      }
      Optional<DataType> from = ctx.schema().columnType(table, t.column());
      if (from.isPresent() && from.get() != null
          && ColumnTypes.rewriteReason(from.get(), t.type(), t.using(), ctx.pgVersion()) != null) {
        return "rewrites the table to change " + t.column() + " to " + t.type().text();
      }
      return null;
    }
    if (a instanceof AlterAction.SetNotNull s) {
      return "scans the table to check that " + s.column() + " holds no NULL";
    }
    if (a instanceof AlterAction.ValidateConstraint v) {
      return "scans the table to validate " + v.name();
    }
    if (a instanceof AlterAction.AddConstraint c) {
      TableConstraint k = c.constraint();
      boolean scans = (k.kind() == TableConstraint.Kind.FOREIGN_KEY || k.kind() == TableConstraint.Kind.CHECK)
          && !k.notValid();
      boolean builds = (k.kind() == TableConstraint.Kind.PRIMARY_KEY || k.kind() == TableConstraint.Kind.UNIQUE
          || k.kind() == TableConstraint.Kind.EXCLUDE) && k.usingIndex() == null;
      if (scans) {
        return "scans the table to validate the new " + k.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      }
      if (builds) {
        return "builds an index for the new " + k.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      }
      return null;
    }
    if (a instanceof AlterAction.SetTablespace || a instanceof AlterAction.SetAccessMethod
        || a instanceof AlterAction.SetLogged) {
      return "rewrites the table";
    }
    return null;
  }

  private static boolean existing(QualifiedName table, Statement st, RuleContext ctx) {
    return table != null && !ctx.createdInMigration(table, st);
  }

  /** For each statement up to {@code upTo}: is a positive statement_timeout in force when it starts? */
  private static boolean[] inForce(Script script, RuleContext ctx, int upTo) {
    return LockTimeouts.inForce(script, ctx, upTo, LockTimeouts.STATEMENT_TIMEOUT);
  }
}
