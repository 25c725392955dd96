package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;

/** A statement that takes a lock blocking reads or writes of an existing table, with no lock_timeout in force. */
@RuleInfo(
    id = "require-lock-timeout",
    summary = "A lock that blocks reads or writes is requested with no lock_timeout in force",
    severity = Severity.WARNING,
    rationale =
        "A DDL statement waits for its lock behind every running transaction on the table, and while it waits"
            + " every new query on the table queues behind it: one slow report query turns a millisecond"
            + " ALTER TABLE into minutes of blocked traffic. lock_timeout makes the statement give up instead.",
    safeAlternative =
        "Set a short lock_timeout before the first such statement (SET lock_timeout = '5s'; or SET LOCAL inside"
            + " the migration's transaction) and retry the migration when it times out.",
    checksDownScripts = false,
    tags = {"locking", "lock-timeout"})
public final class RequireLockTimeoutRule extends StatementRule<Node> {
  public RequireLockTimeoutRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    TableLocks.Lock lock = TableLocks.blocking(statement, ctx);
    if (lock == null) {
      return;
    }
    Script script = ctx.script();
    boolean[] inForce = LockTimeouts.inForce(script, ctx, statement.index());
    if (inForce[statement.index()]) {
      return;
    }
    // report the first such statement of the script only: one SET fixes them all
    for (Statement earlier : script.statements()) {
      if (earlier.index() >= statement.index()) {
        break;
      }
      if (!inForce[earlier.index()] && TableLocks.blocking(earlier, ctx) != null) {
        return;
      }
    }
    TxState tx = ctx.transaction(statement);
    String set = tx.inTransaction() ? "SET LOCAL lock_timeout = '5s'" : "SET lock_timeout = '5s'";
    String help = "Run " + set + "; before this statement (it covers the rest of the "
        + (tx.inTransaction() ? "transaction" : "script") + ") and retry the migration if it times out.";
    if (flywayNonTransactional(statement, ctx)) {
      // a SET in the file would make Flyway refuse it (ban-flyway-mixed-statements)
      help = "Set lock_timeout through Flyway's initSql (flyway.initSql=SET lock_timeout = '5s'): a SET in this"
          + " file would make Flyway refuse it, since the file runs without a transaction (mixed=false).";
    }
    ctx.report(statement.span(), lock.statement() + " takes " + lock.mode().article() + " " + lock.mode().sql() + " lock on " + lock.on()
        + " with no lock_timeout set: while it waits for running transactions, all " + lock.mode().blocked()
        + " of " + lock.on() + " queue behind it.")
        .help(help);
  }

  /** A statement of a Flyway SQL migration that Flyway runs without a transaction (it holds CONCURRENTLY, VACUUM, ...). */
  private static boolean flywayNonTransactional(Statement statement, RuleContext ctx) {
    return ctx.migration() != null && ctx.migration().format() == dev.godwit.model.Format.FLYWAY && ctx.script() != null
        && ctx.script().file().name().toLowerCase(java.util.Locale.ROOT).endsWith(".sql")
        && dev.godwit.model.FlywayTransactions.nonTransactional(ctx.script().statements().stream()
            .filter(st -> !st.embedded()).toList(), ctx.pgVersion()) != null;
  }


}
