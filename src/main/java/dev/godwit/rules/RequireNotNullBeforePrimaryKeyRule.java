package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.schema.Index;
import dev.godwit.schema.Knowledge;
import dev.godwit.schema.SchemaView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ADD PRIMARY KEY USING INDEX over columns the schema knows are nullable. */
@RuleInfo(
    id = "require-not-null-before-primary-key",
    summary = "PRIMARY KEY USING INDEX on nullable columns scans the table under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "A primary key makes its columns NOT NULL: for a column that is still nullable PostgreSQL scans the"
            + " whole table for NULLs while holding ACCESS EXCLUSIVE, blocking reads and writes, even though the"
            + " index itself was built CONCURRENTLY.",
    safeAlternative =
        "Make the columns NOT NULL first without a long lock: on PostgreSQL 12+ add CHECK (col IS NOT NULL) NOT"
            + " VALID, VALIDATE it in a separate transaction, then SET NOT NULL (no scan) and add the key.",
    tags = {"locking", "constraint", "schema"})
public final class RequireNotNullBeforePrimaryKeyRule extends StatementRule<Node.AlterTable> {
  public RequireNotNullBeforePrimaryKeyRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    SchemaView schema = ctx.schema();
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.AddConstraint add) || add.constraint() == null
          || add.constraint().kind() != TableConstraint.Kind.PRIMARY_KEY || add.constraint().usingIndex() == null) {
        continue;
      }
      if (ctx.createdInMigration(alter.table(), statement)) {
        return;
      }
      QualifiedName indexName = new QualifiedName(alter.table().schema(), add.constraint().usingIndex());
      Optional<Index> index = schema.index(indexName);
      if (index.isEmpty()) {
        continue; // columns unknown: stay quiet
      }
      List<String> nullable = new ArrayList<>();
      for (String col : index.get().columns()) {
        if (schema.notNull(alter.table(), col) == Knowledge.NO
            && !(ctx.pgVersion() >= 12 && schema.hasValidatedNotNullCheck(alter.table(), col))) {
          nullable.add(col);
        }
      }
      if (nullable.isEmpty()) {
        continue;
      }
      String table = alter.table().toString();
      ctx.report(action.span(), "PRIMARY KEY USING INDEX " + indexName.name() + " makes " + String.join(", ", nullable)
          + " NOT NULL: " + (nullable.size() == 1 ? "it is" : "they are") + " nullable, so PostgreSQL scans " + table
          + " for NULLs while holding an ACCESS EXCLUSIVE lock, which " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE)
          + " until the scan finishes.")
          .help(ctx.pgVersion() >= 12
              ? "First add CHECK (" + nullable.get(0) + " IS NOT NULL) NOT VALID, VALIDATE it in a separate"
                  + " transaction and SET NOT NULL (no scan on PostgreSQL 12+), then add the primary key."
              : "Before PostgreSQL 12 SET NOT NULL always scans: run it (and the key) in a quiet window with a short"
                  + " lock_timeout, or upgrade to use a validated CHECK (col IS NOT NULL).");
    }
  }
}
