package dev.godwit.rules;

import dev.godwit.model.FlywayConfig;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/**
 * A CONCURRENTLY index build, drop or reindex that Flyway runs outside a transaction while it holds its own
 * advisory lock in a transaction ({@code postgresql.transactional.lock=true}, Flyway 9.1.2+'s default): the index
 * command waits for Flyway's lock transaction, which ends only after the migration.
 */
@RuleInfo(
    id = "ban-concurrently-with-flyway-transactional-lock",
    summary = "CONCURRENTLY under Flyway's transactional advisory lock waits forever",
    severity = Severity.ERROR,
    rationale =
        "Since 9.1.2 Flyway takes its PostgreSQL advisory lock inside a transaction on a connection of its own"
            + " (postgresql.transactional.lock=true) and keeps it open for the whole migration. CREATE INDEX"
            + " CONCURRENTLY, DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY wait for every transaction older than"
            + " them to end, that one included, and it ends only after the migration: the deployment hangs until"
            + " someone kills it (Flyway issues #3961, #4081).",
    safeAlternative =
        "Set postgresql.transactional.lock=false (flyway.conf: flyway.postgresql.transactional.lock=false; Spring"
            + " Boot: spring.flyway.postgresql.transactional-lock=false; flyway.toml: [flyway.postgresql]"
            + " transactional.lock = false): Flyway then holds a session lock, which nothing waits for.",
    tags = {"flyway", "locking", "concurrently"})
public final class BanConcurrentlyWithFlywayTransactionalLockRule extends StatementRule<Node> {
  public BanConcurrentlyWithFlywayTransactionalLockRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    String what = concurrently(node);
    if (what == null || !statement.runsInMigration() || ctx.transaction(statement).inTransaction()) {
      return; // inside a transaction it fails at once: ban-concurrently-in-transaction says so
    }
    FlywayConfig config = FlywaySettings.of(ctx);
    if (config == null || !config.holdsTransactionalLock()) {
      return;
    }
    String source = config.transactionalLockFile() != null
        ? config.transactionalLockFile() + " sets postgresql.transactional.lock=true"
        : "postgresql.transactional.lock is true by default"
            + (config.configured() ? " and " + String.join(", ", config.files()) + " does not set it" : "");
    ctx.report(statement.span(), what + " waits for every older transaction to end, and Flyway 9.1.2+ holds its"
        + " advisory lock in one until this migration is over (" + source + "): the migration hangs forever.")
        .help("Set postgresql.transactional.lock=false: " + where(config) + ".");
  }

  private static String where(FlywayConfig c) {
    for (String f : c.files()) {
      if (f.endsWith(".yml") || f.endsWith(".yaml") || f.endsWith("application.properties")) {
        return "spring.flyway.postgresql.transactional-lock: false in " + f;
      }
      if (f.endsWith(".toml")) {
        return "[flyway.postgresql] transactional.lock = false in " + f;
      }
      if (f.endsWith(".conf")) {
        return "flyway.postgresql.transactional.lock=false in " + f;
      }
    }
    return "flyway.postgresql.transactional.lock=false in flyway.conf, or"
        + " spring.flyway.postgresql.transactional-lock=false for Spring Boot";
  }

  private static String concurrently(Node node) {
    if (node instanceof Node.CreateIndex ci && ci.concurrently()) {
      return "CREATE INDEX CONCURRENTLY";
    }
    if (node instanceof Node.Drop d && d.kind() == ObjectKind.INDEX && d.concurrently()) {
      return "DROP INDEX CONCURRENTLY";
    }
    if (node instanceof Node.Reindex r && r.concurrently()) {
      return "REINDEX CONCURRENTLY";
    }
    return null;
  }
}
