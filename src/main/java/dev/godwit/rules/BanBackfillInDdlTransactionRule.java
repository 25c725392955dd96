package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** A whole-table UPDATE or INSERT ... SELECT in the same transaction as DDL that locks an existing table. */
@RuleInfo(
    id = "ban-backfill-in-ddl-transaction",
    summary = "A whole-table backfill runs in the same transaction as DDL that locks an existing table",
    severity = Severity.WARNING,
    rationale =
        "The DDL's lock is held until the transaction commits, so the application stays blocked for as long as"
            + " the backfill takes; the backfill's own row locks are held just as long.",
    safeAlternative =
        "Commit the schema change first; backfill afterwards in batches, each in its own short transaction"
            + " (outside the migration, or in a later migration without DDL).",
    checksDownScripts = false,
    tags = {"locking", "backfill", "transaction"})
public final class BanBackfillInDdlTransactionRule extends StatementRule<Node.Dml> {
  public BanBackfillInDdlTransactionRule() {
    super(Node.Dml.class);
  }

  @Override
  protected void check(Node.Dml dml, Statement statement, RuleContext ctx) {
    boolean backfill = (dml.kind() == Node.DmlKind.UPDATE && !dml.hasWhere())
        || (dml.kind() == Node.DmlKind.INSERT && dml.fromQuery());
    if (!backfill || dml.table() == null || !statement.runsInMigration()
        || !ctx.transaction(statement).inTransaction()) {
      return;
    }
    Statement ddl = null;
    TableLocks.Lock lock = null;
    for (Statement st : RuleSupport.sameTransaction(statement, ctx)) {
      if (st == statement || st.node() instanceof Node.Dml) {
        continue;
      }
      TableLocks.Lock l = RequireLockTimeoutRule.blocking(st, ctx);
      if (l != null && (lock == null || l.mode().compareTo(lock.mode()) > 0)) {
        ddl = st;
        lock = l;
      }
    }
    if (ddl == null) {
      return;
    }
    String what = dml.kind() == Node.DmlKind.UPDATE ? "UPDATE of every row of " + dml.table()
        : "INSERT INTO " + dml.table() + " ... SELECT";
    ctx.report(statement.span(), what + " runs in the same transaction as " + lock.statement() + " on " + lock.on()
        + " (line " + RuleSupport.line(ddl, ctx) + "), whose " + lock.mode().sql() + " lock blocks "
        + lock.mode().blocked() + " of " + lock.on() + " until the backfill has finished and the transaction commits.");
  }
}
