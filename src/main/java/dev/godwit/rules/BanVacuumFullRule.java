package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** VACUUM FULL in a migration. */
@RuleInfo(
    id = "ban-vacuum-full",
    summary = "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "VACUUM FULL copies the whole table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock:"
            + " reads and writes wait for the whole rewrite, and it needs free disk space for a second copy.",
    safeAlternative =
        "Rely on plain VACUUM (no blocking lock) to make space reusable; to shrink a bloated table online use"
            + " an extension such as pg_repack or pg_squeeze, outside migrations.",
    tags = {"locking", "rewrite", "maintenance"})
public final class BanVacuumFullRule extends StatementRule<Node.Maintenance> {
  public BanVacuumFullRule() {
    super(Node.Maintenance.class);
  }

  @Override
  protected void check(Node.Maintenance m, Statement statement, RuleContext ctx) {
    if (!m.command().equals("VACUUM") || !m.full()) {
      return;
    }
    if (m.table() != null && ctx.createdInMigration(m.table(), statement)) {
      return;
    }
    String what = m.table() == null ? "every table of the database, one by one," : m.table().toString();
    ctx.report(statement.span(), "VACUUM FULL rewrites " + what + " while holding an ACCESS EXCLUSIVE lock: it "
        + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on " + (m.table() == null ? "each table" : m.table().toString())
        + " until the rewrite finishes.");
  }
}
