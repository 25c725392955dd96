package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Statement;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Fix;
import dev.godwit.rule.FixAvailability;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;

/** CREATE INDEX without CONCURRENTLY on a table that already exists. */
@RuleInfo(
    id = "require-concurrent-index",
    summary = "CREATE INDEX without CONCURRENTLY blocks writes to the table while the index is built",
    severity = Severity.WARNING,
    rationale =
        "A plain CREATE INDEX takes a SHARE lock on the table, which conflicts with the ROW EXCLUSIVE lock"
            + " of INSERT, UPDATE and DELETE: every write waits until the whole index is built.",
    safeAlternative =
        "Use CREATE INDEX CONCURRENTLY, outside a transaction block; if the concurrent build fails it"
            + " leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY) and run the build again.",
    fix = FixAvailability.SOMETIMES,
    tags = {"locking", "index"})
public final class RequireConcurrentIndexRule extends StatementRule<Node.CreateIndex> {
  public RequireConcurrentIndexRule() {
    super(Node.CreateIndex.class);
  }

  @Override
  protected void check(Node.CreateIndex index, Statement statement, RuleContext ctx) {
    if (index.concurrently() || index.table() == null) {
      return;
    }
    // CREATE INDEX ... ON ONLY parent builds nothing: it creates an invalid index on a partitioned
    // table that partitions' indexes are attached to later.
    if (index.only()) {
      return;
    }
    if (ctx.createdInMigration(index.table(), statement)) {
      return;
    }
    // IF NOT EXISTS for an index the replayed history already has: PostgreSQL skips it, nothing is built.
    if (index.ifNotExists() && index.name() != null
        && ctx.schema().index(index.name()).map(i -> i.table().sameAs(index.table())).orElse(false)) {
      return;
    }
    boolean partitioned = ctx.schema().table(index.table()).map(t -> t.partitioned()).orElse(false);
    if (partitioned && ctx.pgVersion() < 11) {
      return; // PostgreSQL 10 rejects an index on a partitioned table (42809): nothing is built or locked
    }
    String table = index.table().toString();
    String what = (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
        + (index.name() != null ? index.name() + " " : "");
    String message = what + "on " + table + " takes a SHARE lock: it blocks INSERT, UPDATE and DELETE on "
        + table + " until the index is built.";
    RuleContext.FindingBuilder finding = ctx.report(statement.span(), message);
    if (partitioned) {
      // PostgreSQL cannot build an index on a partitioned table concurrently.
      finding.help(table + " is partitioned, and PostgreSQL cannot build an index on a partitioned table"
          + " CONCURRENTLY: create it ON ONLY " + table + " (instant, invalid), build the index on each partition"
          + " with CREATE INDEX CONCURRENTLY, then ALTER INDEX ... ATTACH PARTITION each one; the parent index"
          + " becomes valid when all are attached.");
      return;
    }
    TxState tx = ctx.transaction(statement);
    boolean inTx = tx != null && tx.inTransaction();
    SqlWords w = SqlWords.of(statement, 8);
    int keyword = w.is(0, "CREATE") ? w.find(1, "INDEX") : -1;
    if (keyword > 0 && keyword <= 2) {
      // Outside a transaction this only changes how the index is built; inside one it would fail.
      Applicability a = inTx ? Applicability.UNSAFE : Applicability.SAFE;
      Fix fix = w.insertAfter(keyword, " CONCURRENTLY", "Add CONCURRENTLY", a);
      // SQL generated from a helper call (Alembic op.create_index): the helper's own rewrite, which moves
      // the call out of the transaction; unsafe, as the rest of the migration no longer shares its transaction
      finding.fix(fix != null ? fix : w.hostRewrite(OffsetMap.Rewrite.CONCURRENTLY, Applicability.UNSAFE));
    }
    if (inTx) {
      finding.help("Use CREATE INDEX CONCURRENTLY; it cannot run inside a transaction block ("
          + tx.reason() + "), so move it to a migration that runs outside one. If the concurrent build"
          + " fails it leaves an INVALID index behind: drop it and run the build again.");
    }
  }
}
