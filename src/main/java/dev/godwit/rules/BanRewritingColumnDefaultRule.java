package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.Expr;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.Set;

/** ALTER TABLE ... ADD COLUMN whose default (explicit or implicit) makes PostgreSQL rewrite the table. */
@RuleInfo(
    id = "ban-rewriting-column-default",
    summary = "ADD COLUMN with a default that rewrites the whole table under an ACCESS EXCLUSIVE lock",
    severity = Severity.ERROR,
    rationale =
        "A volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval() of a serial or"
            + " identity column) is computed for every existing row, so PostgreSQL rewrites the table and its"
            + " indexes while holding ACCESS EXCLUSIVE, blocking reads and writes; before PostgreSQL 11 any"
            + " non-null default does the same.",
    safeAlternative =
        "Add the column without a default (on PostgreSQL 11+ a constant default is fine), backfill existing"
            + " rows in small batches, then ALTER COLUMN ... SET DEFAULT for new rows.",
    tags = {"locking", "rewrite", "column"})
public final class BanRewritingColumnDefaultRule extends StatementRule<Node.AlterTable> {
  /**
   * Built-in and common extension functions that PostgreSQL marks VOLATILE and that appear in column
   * defaults. now(), CURRENT_TIMESTAMP, transaction_timestamp(), statement_timestamp() and
   * txid_current() are STABLE: evaluated once per statement, so PostgreSQL 11+ stores one value
   * without a rewrite.
   */
  private static final Set<String> VOLATILE = Set.of(
      "random", "random_normal", "setseed", "gen_random_uuid", "gen_random_bytes", "uuidv4", "uuidv7",
      "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday",
      "nextval", "currval", "lastval", "setval");

  public BanRewritingColumnDefaultRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    boolean newTable = false;
    boolean newTableKnown = false;
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.AddColumn add) || add.column() == null) {
        continue;
      }
      String reason = rewriteReason(add.column(), ctx.pgVersion());
      if (reason == null) {
        continue;
      }
      if (!newTableKnown) {
        newTable = ctx.createdInMigration(alter.table(), statement);
        newTableKnown = true;
      }
      if (newTable) {
        return;
      }
      String table = alter.table().toString();
      ctx.report(action.span(), "Adding column " + add.column().name() + " to " + table + " " + reason
          + ": PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes"
          + " on " + table + " until it finishes.");
    }
  }

  /** Why adding this column rewrites the table, as a phrase; null when it does not. */
  static String rewriteReason(ColumnDef column, int pgVersion) {
    if (column.type() != null && column.type().isSerial()) {
      return "as " + column.type().name() + " (an implicit nextval() default, volatile: rewrites in every"
          + " PostgreSQL version)";
    }
    if (column.identity()) {
      return "as an identity column (each row gets a value from its sequence: rewrites in every PostgreSQL"
          + " version)";
    }
    if (column.generatedStored()) {
      return "as a stored generated column (the value is computed for every row: rewrites in every"
          + " PostgreSQL version)";
    }
    Expr value = column.defaultValue();
    if (value == null || isNull(value)) {
      return null;
    }
    for (String function : value.functions()) {
      if (VOLATILE.contains(function)) {
        return "with DEFAULT " + value.text() + " (" + function + "() is volatile: rewrites in every"
            + " PostgreSQL version)";
      }
    }
    if (pgVersion > 0 && pgVersion < 11) {
      return "with DEFAULT " + value.text() + " (before PostgreSQL 11 every non-null default is written"
          + " into each row; this project targets " + pgVersion + ")";
    }
    return null;
  }

  private static boolean isNull(Expr value) {
    String text = value.text() == null ? "" : value.text().trim();
    while (text.startsWith("(") && text.endsWith(")") && text.length() > 2) {
      text = text.substring(1, text.length() - 1).trim();
    }
    int cast = text.indexOf("::");
    if (cast > 0) {
      text = text.substring(0, cast).trim();
    }
    return text.equalsIgnoreCase("null");
  }
}
