package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;
import java.util.Locale;

/** A statement PostgreSQL refuses to run inside a transaction block, where the migration runs in one. */
@RuleInfo(
    id = "ban-concurrently-in-transaction",
    summary = "A statement that cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, ...)"
        + " runs inside one",
    severity = Severity.ERROR,
    rationale =
        "PostgreSQL rejects CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY,"
            + " VACUUM, CREATE/DROP DATABASE and the like inside a transaction block: the migration fails at"
            + " deploy time, whatever it did before is rolled back. (ALTER TYPE ... ADD VALUE before PostgreSQL"
            + " 12 is ban-enum-add-value-in-transaction's finding.)",
    safeAlternative =
        "Run the statement outside a transaction: on its own in a migration the tool runs without one"
            + " (Flyway: the script alone or executeInTransaction=false; dbmate: transaction:false;"
            + " Liquibase: runInTransaction:false; Alembic: autocommit_block(); golang-migrate: the only"
            + " statement of its file), and without BEGIN ... COMMIT around it.",
    tags = {"transaction", "deploy-failure"})
public final class BanConcurrentlyInTransactionRule extends StatementRule<Node> {
  public BanConcurrentlyInTransactionRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    String what = nonTransactional(node, statement, ctx.pgVersion());
    if (what == null || node instanceof Node.AlterTypeAddValue) {
      // one hazard, one finding: ban-enum-add-value-in-transaction reports it, and knows that an enum created
      // in the same transaction may take new values
      return;
    }
    TxState tx = ctx.transaction(statement);
    if (tx == null || !tx.inTransaction()) {
      return;
    }
    ctx.report(statement.span(), what + " cannot run inside a transaction block, and this one runs in one: "
        + tx.reason() + ". PostgreSQL will reject it at deploy time.");
  }

  /** What the statement is, when PostgreSQL refuses it in a transaction block; else null. */
  static String nonTransactional(Node n, Statement s, int pg) {
    if (n instanceof Node.CreateIndex ci && ci.concurrently()) {
      return "CREATE INDEX CONCURRENTLY" + (ci.name() != null ? " " + ci.name() : "");
    }
    if (n instanceof Node.Drop d) {
      if (d.kind() == ObjectKind.INDEX && d.concurrently()) {
        return "DROP INDEX CONCURRENTLY " + d.names().get(0);
      }
      if (d.kind() == ObjectKind.DATABASE) {
        return "DROP DATABASE";
      }
      return null;
    }
    if (n instanceof Node.Reindex r) {
      if (r.concurrently()) {
        return "REINDEX CONCURRENTLY" + (r.name() != null ? " " + r.name() : "");
      }
      if (r.target() == ObjectKind.SCHEMA || r.target() == ObjectKind.DATABASE) {
        return "REINDEX " + r.target().name();
      }
      return null;
    }
    if (n instanceof Node.AlterTable at) {
      for (var a : at.actions()) {
        if (a instanceof dev.godwit.model.AlterAction.DetachPartition dp && dp.concurrently()) {
          return "ALTER TABLE " + at.table() + " DETACH PARTITION " + dp.partition() + " CONCURRENTLY";
        }
      }
      return null;
    }
    if (n instanceof Node.Maintenance m && m.command().equalsIgnoreCase("VACUUM")) {
      return "VACUUM";
    }
    if (n instanceof Node.AlterTypeAddValue av && pg < 12) {
      return "ALTER TYPE " + av.type() + " ADD VALUE (before PostgreSQL 12)";
    }
    if (n instanceof Node.CreateObject co && co.kind() == ObjectKind.DATABASE) {
      return "CREATE DATABASE";
    }
    if (n instanceof Node.Unparsed || n instanceof Node.Other) {
      String head = s.sql().strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
      for (String k : new String[] {"CREATE DATABASE", "DROP DATABASE", "ALTER SYSTEM", "CREATE TABLESPACE",
          "DROP TABLESPACE", "CREATE SUBSCRIPTION", "DROP SUBSCRIPTION", "VACUUM"}) {
        if (head.startsWith(k + " ") || head.equals(k)) {
          return k;
        }
      }
    }
    return null;
  }
}
