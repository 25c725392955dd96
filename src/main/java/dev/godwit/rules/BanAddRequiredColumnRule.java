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

/** ALTER TABLE ... ADD COLUMN ... NOT NULL without a default, on a table that may have rows. */
@RuleInfo(
    id = "ban-add-required-column",
    summary = "ADD COLUMN ... NOT NULL without a default fails on any table that has rows",
    severity = Severity.ERROR,
    rationale =
        "Existing rows get NULL in the new column, so PostgreSQL rejects the statement with 'column ..."
            + " contains null values' as soon as the table has a row: the migration passes on an empty"
            + " development database and fails in production.",
    safeAlternative =
        "Add the column nullable, backfill it, add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET"
            + " NOT NULL (PostgreSQL 12+ skips the scan thanks to the check); or, on PostgreSQL 11+, add it"
            + " with a constant DEFAULT.",
    tags = {"column", "constraint"})
public final class BanAddRequiredColumnRule extends StatementRule<Node.AlterTable> {
  public BanAddRequiredColumnRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    Boolean newTable = null;
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.AddColumn add) || add.column() == null) {
        continue;
      }
      ColumnDef column = add.column();
      if (!(column.notNull() || column.primaryKey()) || hasValueForExistingRows(column)) {
        continue;
      }
      if (newTable == null) {
        newTable = ctx.createdInMigration(alter.table(), statement) || emptiedEarlier(alter, statement, ctx);
      }
      if (newTable) {
        return;
      }
      String table = alter.table().toString();
      String what = column.primaryKey() ? "PRIMARY KEY" : "NOT NULL";
      RuleContext.FindingBuilder finding = ctx.report(action.span(), "Adding " + what + " column "
          + column.name() + " to " + table + " without a default fails with 'column \"" + column.name()
          + "\" contains null values' as soon as " + table + " has a row.");
      if (column.primaryKey()) {
        finding.help("Add " + column.name() + " nullable, backfill it, then build a unique index"
            + " CONCURRENTLY and add the key with ALTER TABLE " + table + " ADD PRIMARY KEY USING INDEX.");
      } else if (ctx.pgVersion() > 0 && ctx.pgVersion() < 11) {
        finding.help("Add " + column.name() + " nullable, backfill it in batches, then SET NOT NULL"
            + " (before PostgreSQL 12 this scans the table under ACCESS EXCLUSIVE; a constant DEFAULT"
            + " rewrites the table before PostgreSQL 11).");
      }
    }
  }

  /**
   * True when an earlier statement of the same transaction emptied the table (TRUNCATE, or DELETE without
   * WHERE) and nothing inserted into it since: there is no row to fail on, and the transaction's lock keeps
   * the application from adding one. Outside a transaction the application may insert rows in between.
   */
  private static boolean emptiedEarlier(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (ctx.script() == null) {
      return false;
    }
    boolean empty = false;
    for (Statement st : RuleSupport.sameTransaction(statement, ctx)) {
      if (st == statement || st.index() >= statement.index()) {
        break;
      }
      if (!st.runsInMigration() || (st.embedding() != null && st.embedding().conditional())
          || deeperInPython(st, statement, ctx)) {
        continue; // may not run: under a DO block's IF, or under a Python if
      }
      Node n = st.node();
      if (n instanceof Node.Truncate t && t.tables().stream().anyMatch(x -> x.sameAs(alter.table()))) {
        empty = true;
      } else if (n instanceof Node.Dml d && d.table() != null && d.table().sameAs(alter.table())) {
        if (d.kind() == Node.DmlKind.DELETE && !d.hasWhere()) {
          empty = true;
        } else if (d.kind() == Node.DmlKind.INSERT || d.kind() == Node.DmlKind.MERGE
            || d.kind() == Node.DmlKind.COPY) {
          empty = false; // rows again
        }
      }
    }
    return empty;
  }

  /** True when, in a Python file, {@code st} is indented deeper than {@code than}: inside an if or a loop. */
  private static boolean deeperInPython(Statement st, Statement than, RuleContext ctx) {
    String name = ctx.script().file().name();
    if (!name.endsWith(".py")) {
      return false;
    }
    String text = ctx.script().file().text();
    return indent(text, st.span().start()) > indent(text, than.span().start());
  }

  private static int indent(String text, int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i - start;
  }

  /** True when PostgreSQL fills existing rows with a value: a non-null default, identity, generated, serial. */
  private static boolean hasValueForExistingRows(ColumnDef column) {
    if (column.identity() || column.generatedStored() || column.generatedVirtual()) {
      return true;
    }
    if (column.type() != null && column.type().isSerial()) {
      return true;
    }
    Expr value = column.defaultValue();
    if (value == null) {
      return false;
    }
    String text = value.text() == null ? "" : value.text().trim();
    int cast = text.indexOf("::");
    if (cast > 0) {
      text = text.substring(0, cast).trim();
    }
    return !text.equalsIgnoreCase("null");
  }
}
