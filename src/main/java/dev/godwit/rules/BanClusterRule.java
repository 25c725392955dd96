package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** CLUSTER in a migration. */
@RuleInfo(
    id = "ban-cluster",
    summary = "CLUSTER rewrites the table in index order under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "CLUSTER copies the whole table in index order and rebuilds its indexes while holding an ACCESS"
            + " EXCLUSIVE lock: reads and writes wait for the whole rewrite.",
    safeAlternative =
        "Do not cluster in a migration; if physical order matters, use pg_repack --order-by (online) in a"
            + " maintenance job.",
    tags = {"locking", "rewrite", "maintenance"})
public final class BanClusterRule extends StatementRule<Node.Maintenance> {
  public BanClusterRule() {
    super(Node.Maintenance.class);
  }

  @Override
  protected void check(Node.Maintenance m, Statement statement, RuleContext ctx) {
    if (!m.command().equals("CLUSTER")) {
      return;
    }
    if (m.table() != null && ctx.createdInMigration(m.table(), statement)) {
      return;
    }
    String what = m.table() == null ? "every previously clustered table" : m.table().toString();
    ctx.report(statement.span(), "CLUSTER rewrites " + what + " while holding an ACCESS EXCLUSIVE lock: it "
        + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on " + (m.table() == null ? "each table" : m.table().toString())
        + " until the rewrite finishes.");
  }
}
