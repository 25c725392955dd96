package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.schema.Index;
import java.util.Locale;
import java.util.Optional;

/** ALTER TABLE / ALTER INDEX ... SET TABLESPACE on a table or index that already exists. */
@RuleInfo(
    id = "ban-set-tablespace",
    summary = "SET TABLESPACE copies the table's or index's files under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "Moving a table or an index to another tablespace copies all its data files while holding an ACCESS"
            + " EXCLUSIVE lock: on a table, reads and writes wait for the whole copy; on an index, so does every"
            + " query planned on its table, since planning opens the table's indexes.",
    safeAlternative =
        "Create new tables and indexes in the right tablespace; to move a large table online, use pg_repack"
            + " --tablespace; to move an index, build a copy with CREATE INDEX CONCURRENTLY ... TABLESPACE, then"
            + " drop the old one with DROP INDEX CONCURRENTLY.",
    tags = {"locking", "rewrite"})
public final class BanSetTablespaceRule extends StatementRule<Node> {
  public BanSetTablespaceRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (node instanceof Node.AlterTable alter) {
      checkTable(alter, statement, ctx);
    } else if (node instanceof Node.AlterObject alter && alter.kind() == ObjectKind.INDEX && alter.name() != null
        && alter.action() != null && alter.action().toUpperCase(Locale.ROOT).startsWith("SET TABLESPACE")) {
      checkIndex(alter, statement, ctx);
    }
  }

  private static void checkTable(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    for (AlterAction action : alter.actions()) {
      if (action instanceof AlterAction.SetTablespace set && alter.table() != null) {
        if (ctx.createdInMigration(alter.table(), statement)) {
          return;
        }
        String table = alter.table().toString();
        ctx.report(action.span(), "SET TABLESPACE " + set.tablespace() + " copies every data file of " + table
            + " while holding an ACCESS EXCLUSIVE lock: it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on "
            + table + " until the copy finishes.");
      }
    }
  }

  private static void checkIndex(Node.AlterObject alter, Statement statement, RuleContext ctx) {
    Optional<Index> index = ctx.schema().index(alter.name());
    String table = index.map(i -> i.table().toString()).orElse(null);
    if (index.isPresent() && ctx.createdInMigration(index.get().table(), statement)) {
      return;
    }
    ctx.report(statement.span(), "ALTER INDEX " + alter.name() + " SET TABLESPACE copies every file of the index"
        + " while holding an ACCESS EXCLUSIVE lock on it: every query planned on "
        + (table == null ? "its table" : table) + " waits until the copy finishes.");
  }
}
