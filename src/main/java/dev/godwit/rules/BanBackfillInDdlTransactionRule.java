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
    if (!isBackfill(dml) || dml.table() == null || !statement.runsInMigration()
        || !ctx.transaction(statement).inTransaction()) {
      return;
    }
    Statement ddl = null;
    TableLocks.Lock lock = null;
    java.util.List<Statement> tx = RuleSupport.sameTransaction(statement, ctx);
    int later = 0;
    for (Statement st : tx) {
      if (st == statement) {
        continue;
      }
      if (st.node() instanceof Node.Dml other && isBackfill(other) && st.runsInMigration()) {
        if (st.index() < statement.index()) {
          return; // one finding per transaction, at its first backfill
        }
        later++;
        continue;
      }
      TableLocks.Lock l = TableLocks.blocking(st, ctx);
      if (l != null && (lock == null || rank(l, dml) > rank(lock, dml))) {
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
        + lock.mode().blocked() + " of " + lock.on() + " until the backfill has finished and the transaction commits"
        + (later > 0 ? " (and " + later + " more backfill" + (later == 1 ? "" : "s") + " in this transaction)" : "")
        + ".");
  }

  private static boolean isBackfill(Node.Dml dml) {
    return dml.table() != null && ((dml.kind() == Node.DmlKind.UPDATE && !dml.hasWhere())
        || (dml.kind() == Node.DmlKind.INSERT && dml.fromQuery()));
  }

  /** Prefer the lock on the backfilled table itself, then the strongest. */
  private static int rank(TableLocks.Lock l, Node.Dml dml) {
    return (l.table().sameAs(dml.table()) ? 100 : 0) + l.mode().ordinal();
  }
}
