package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** REFRESH MATERIALIZED VIEW without CONCURRENTLY on a view that already exists. */
@RuleInfo(
    id = "require-concurrent-refresh",
    summary = "REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks reads of the view",
    severity = Severity.WARNING,
    rationale =
        "A plain REFRESH MATERIALIZED VIEW holds an ACCESS EXCLUSIVE lock on the view while the query reruns:"
            + " every SELECT on the view waits until the refresh finishes.",
    safeAlternative =
        "Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view and a view that is"
            + " already populated); it takes an EXCLUSIVE lock that lets reads go on.",
    tags = {"locking"})
public final class RequireConcurrentRefreshRule extends StatementRule<Node.RefreshMaterializedView> {
  public RequireConcurrentRefreshRule() {
    super(Node.RefreshMaterializedView.class);
  }

  @Override
  protected void check(Node.RefreshMaterializedView refresh, Statement statement, RuleContext ctx) {
    if (refresh.concurrently() || refresh.view() == null) {
      return;
    }
    // A view created in this migration is being populated for the first time: CONCURRENTLY is not allowed.
    if (ctx.createdInMigration(refresh.view(), statement) || ctx.schema().isNewTable(refresh.view())) {
      return;
    }
    String view = refresh.view().toString();
    ctx.report(statement.span(), "REFRESH MATERIALIZED VIEW " + view + " takes an ACCESS EXCLUSIVE lock on the"
        + " view: every query that reads " + view + " waits until the refresh finishes.");
  }
}
