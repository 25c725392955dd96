package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.ArrayList;
import java.util.List;

/** A slow or lock-waiting statement later in a transaction that already holds an ACCESS EXCLUSIVE lock. */
@RuleInfo(
    id = "ban-statements-after-access-exclusive-lock",
    summary = "A slow or lock-waiting statement runs while the transaction holds an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "Locks are held until the transaction ends: after an ACCESS EXCLUSIVE lock on a busy table, every"
            + " further statement that scans, rewrites, backfills or waits for another table's lock keeps all"
            + " reads and writes of the first table blocked for its whole duration.",
    safeAlternative =
        "Commit right after the statement that takes the ACCESS EXCLUSIVE lock (split the migration), or run"
            + " the slow work first and the short ACCESS EXCLUSIVE statement last.",
    checksDownScripts = false,
    tags = {"locking", "transaction"})
public final class BanStatementsAfterAccessExclusiveLockRule extends StatementRule<Node> {
  public BanStatementsAfterAccessExclusiveLockRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (!statement.runsInMigration() || !ctx.transaction(statement).inTransaction()) {
      return;
    }
    List<Statement> tx = RuleSupport.sameTransaction(statement, ctx);
    List<QualifiedName> held = new ArrayList<>();
    Statement firstHolder = null;
    TableLocks.Lock firstLock = null;
    for (Statement st : tx) {
      if (st.index() >= statement.index()) {
        break;
      }
      if (firstHolder != null && slow(st, held, ctx)) {
        return; // reported there: one finding per transaction
      }
      TableLocks.Lock l = TableLocks.blocking(st, ctx);
      if (l != null && l.mode() == TableLocks.Mode.ACCESS_EXCLUSIVE && !l.onIndex()) {
        held.add(l.table());
        if (firstHolder == null) {
          firstHolder = st;
          firstLock = l;
        }
      }
    }
    if (firstHolder == null || !slow(statement, held, ctx)) {
      return;
    }
    ctx.report(statement.span(), describe(node) + " runs while this transaction holds the ACCESS EXCLUSIVE lock on "
        + firstLock.table() + " taken at line " + RuleSupport.line(firstHolder, ctx) + ": every read and write of "
        + firstLock.table() + " waits until the transaction commits.");
  }

  private static String describe(Node node) {
    if (node instanceof Node.Dml dml) {
      return dml.kind() + (dml.table() == null ? "" : " of " + dml.table());
    }
    TableLocks.Lock l = TableLocks.strongest(TableLocks.of(node, 0));
    return l == null ? "This statement" : l.statement() + " on " + l.on();
  }

  /** True when {@code st} may take long or wait for a lock. */
  private static boolean slow(Statement st, List<QualifiedName> held, RuleContext ctx) {
    if (!st.runsInMigration()) {
      return false;
    }
    Node n = st.node();
    if (n instanceof Node.Dml dml) {
      if (dml.kind() == Node.DmlKind.SELECT || dml.table() == null) {
        return false;
      }
      if (dml.kind() == Node.DmlKind.INSERT && !dml.fromQuery()) {
        return false;
      }
      return dml.fromQuery() || !ctx.createdInMigration(dml.table(), st);
    }
    for (TableLocks.Lock l : TableLocks.of(n, ctx.pgVersion())) {
      if (l.mode().compareTo(TableLocks.Mode.SHARE_UPDATE_EXCLUSIVE) < 0 || l.onIndex()
          || ctx.createdInMigration(l.table(), st)) {
        continue;
      }
      boolean same = held.stream().anyMatch(h -> h.sameAs(l.table()));
      if (!same) {
        return true; // waits for another table's lock while holding this one
      }
      if (scans(n, ctx.pgVersion(), ctx)) {
        return true;
      }
    }
    return false;
  }

  /** True when the statement reads or rewrites the whole table. */
  static boolean scans(Node n, int pg, RuleContext ctx) {
    if (n instanceof Node.CreateIndex || n instanceof Node.Reindex || n instanceof Node.Maintenance) {
      return true;
    }
    if (!(n instanceof Node.AlterTable alter)) {
      return false;
    }
    for (AlterAction a : alter.actions()) {
      if (a instanceof AlterAction.SetNotNull set) {
        // from 12 a validated CHECK (col IS NOT NULL) spares the scan (testdata/_pg/set-not-null.sql)
        if (pg >= 12 && ctx.schema().hasValidatedNotNullCheck(alter.table(), set.column())) {
          continue;
        }
        return true;
      }
      if (a instanceof AlterAction.AlterColumnType || a instanceof AlterAction.ValidateConstraint || a instanceof AlterAction.SetLogged
          || a instanceof AlterAction.SetTablespace || a instanceof AlterAction.SetAccessMethod
          || a instanceof AlterAction.AttachPartition) {
        return true;
      }
      if (a instanceof AlterAction.AddConstraint add && add.constraint() != null && !add.constraint().notValid()
          && add.constraint().usingIndex() == null && add.constraint().kind() != TableConstraint.Kind.NOT_NULL) {
        return true;
      }
      if (a instanceof AlterAction.AddColumn add && add.column() != null) {
        ColumnDef c = add.column();
        if (c.check()) {
          return true; // the new column's CHECK is verified against every row (testdata/_pg/check-constraint.sql)
        }
        if (c.identity() || c.generatedStored() || (c.type() != null && c.type().isSerial())
            || (c.defaultValue() != null && (pg < 11 || volatileDefault(c.defaultValue().functions())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** VOLATILE functions seen in defaults; statement_timestamp() and txid_current() are STABLE: no rewrite from 11. */
  private static final java.util.Set<String> VOLATILE = java.util.Set.of("random", "gen_random_uuid",
      "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp",
      "timeofday", "nextval");

  private static boolean volatileDefault(List<String> functions) {
    for (String f : functions) {
      if (VOLATILE.contains(f)) {
        return true;
      }
    }
    return false;
  }
}
