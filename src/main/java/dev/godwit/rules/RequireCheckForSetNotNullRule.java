package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.schema.Constraint;
import dev.godwit.schema.Knowledge;
import dev.godwit.schema.SchemaView;
import dev.godwit.schema.Table;
import java.util.Optional;

/** ALTER COLUMN ... SET NOT NULL without a validated CHECK (col IS NOT NULL) to skip the scan. */
@RuleInfo(
    id = "require-check-for-set-not-null",
    summary = "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless a validated CHECK proves it",
    severity = Severity.WARNING,
    rationale =
        "SET NOT NULL checks every row for NULLs while holding an ACCESS EXCLUSIVE lock, blocking reads and"
            + " writes. PostgreSQL 12 and later skip the scan when a validated CHECK (col IS NOT NULL) already"
            + " proves it; before 12 it always scans.",
    safeAlternative =
        "On PostgreSQL 12+: ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c in a"
            + " separate transaction (SHARE UPDATE EXCLUSIVE, reads and writes go on); then SET NOT NULL (no"
            + " scan) and DROP CONSTRAINT c.",
    tags = {"locking", "column", "schema"})
public final class RequireCheckForSetNotNullRule extends StatementRule<Node.AlterTable> {
  public RequireCheckForSetNotNullRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    SchemaView schema = ctx.schema();
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.SetNotNull set)) {
        continue;
      }
      if (ctx.createdInMigration(alter.table(), statement)) {
        return;
      }
      String col = set.column();
      if (schema.notNull(alter.table(), col) == Knowledge.YES) {
        continue; // already NOT NULL: nothing to check
      }
      if (ctx.pgVersion() >= 12 && schema.hasValidatedNotNullCheck(alter.table(), col)) {
        continue;
      }
      String table = alter.table().toString();
      StringBuilder message = new StringBuilder("SET NOT NULL on " + table + "." + col + " scans every row for"
          + " NULLs while holding an ACCESS EXCLUSIVE lock: it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on "
          + table + " until the scan finishes");
      Optional<Table> t = schema.table(alter.table());
      Optional<Constraint> pending = t.flatMap(x -> x.constraints().stream()
          .filter(c -> !c.validated() && c.isNotNullCheckOn(col)).findFirst());
      if (ctx.pgVersion() < 12) {
        message.append(" (before PostgreSQL 12 it scans even when a validated CHECK exists; this project targets ")
            .append(ctx.pgVersion()).append(')');
      } else if (pending.isPresent()) {
        message.append(" (CHECK ").append(pending.get().name()).append(" would let PostgreSQL skip the scan, but"
            + " it is NOT VALID: VALIDATE it first)");
      }
      RuleContext.FindingBuilder f = ctx.report(action.span(), message.append('.').toString());
      if (ctx.pgVersion() < 12) {
        f.help("Before PostgreSQL 12 there is no scan-free SET NOT NULL: keep a validated CHECK (" + col
            + " IS NOT NULL) constraint instead (added NOT VALID, then VALIDATE), or run SET NOT NULL in a quiet"
            + " window with a short lock_timeout.");
      } else if (ctx.pgVersion() >= 18) {
        f.help("ALTER TABLE " + table + " ADD CONSTRAINT " + alter.table().name() + "_" + col + "_not_null NOT NULL "
            + col + " NOT VALID; then, in a separate transaction, VALIDATE CONSTRAINT it (PostgreSQL 18+; or the"
            + " CHECK (" + col + " IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL sequence).");
      } else {
        f.help("ADD CONSTRAINT " + alter.table().name() + "_" + col + "_not_null CHECK (" + col + " IS NOT NULL)"
            + " NOT VALID; VALIDATE CONSTRAINT it in a separate transaction; then SET NOT NULL (no scan) and drop"
            + " the check.");
      }
    }
  }
}
