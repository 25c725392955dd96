package dev.godwit.rules;

import dev.godwit.model.FlywayTransactions;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.rule.MigrationRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A Flyway SQL migration that holds a statement Flyway runs outside a transaction (CREATE INDEX
 * CONCURRENTLY, VACUUM, ...) together with any other statement: Flyway's default {@code mixed=false}
 * refuses it at migrate time.
 */
@RuleInfo(
    id = "ban-flyway-mixed-statements",
    summary = "A Flyway migration mixes a non-transactional statement (CONCURRENTLY, VACUUM, ...) with others",
    severity = Severity.ERROR,
    rationale =
        "Flyway runs a migration that holds CREATE/DROP INDEX CONCURRENTLY, VACUUM or another statement"
            + " PostgreSQL refuses in a transaction block without a transaction, and with its default mixed=false"
            + " it refuses a migration that also holds any other statement (even SET, COMMENT ON or a DO block):"
            + " 'Detected both transactional and non-transactional statements within the same migration'. The"
            + " deployment stops there; executeInTransaction=false in the script's .conf file does not lift the"
            + " check.",
    safeAlternative =
        "Give the non-transactional statement a migration of its own (one statement per file); set"
            + " lock_timeout for it through Flyway's initSql rather than a SET in the file. Or set mixed=true,"
            + " knowing that the whole migration then runs without a transaction.",
    tags = {"transaction", "flyway"})
public final class BanFlywayMixedStatementsRule implements MigrationRule {
  @Override
  public void check(Migration migration, RuleContext ctx) {
    if (migration.format() != dev.godwit.model.Format.FLYWAY
        || ctx.project() != null && ctx.project().flywayConfig(migration.primaryFile().path()).mixed()) {
      return; // mixed=true: Flyway runs such a migration whole without a transaction
    }
    List<Script> scripts = new ArrayList<>(migration.up());
    scripts.addAll(migration.down());
    for (Script script : scripts) {
      if (script.file().name().toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
        check(script, ctx);
      }
    }
  }

  private static void check(Script script, RuleContext ctx) {
    Statement nonTx = null;
    Statement tx = null;
    for (Statement st : script.statements()) {
      if (st.embedded() || st.origin() == Statement.Origin.META) {
        continue;
      }
      boolean non = FlywayTransactions.isNonTransactional(st, ctx.pgVersion());
      if (non && nonTx == null) {
        nonTx = st;
      } else if (!non && tx == null) {
        tx = st;
      }
      if (nonTx != null && tx != null) {
        // like Flyway, name the statement that completes the mix
        Statement other = st == nonTx ? tx : nonTx;
        String what = st == nonTx
            ? "\"" + FlywayTransactions.describe(st) + "\" runs outside a transaction, but line "
                + script.file().lines().line(other.span().start()) + " already holds a transactional statement (\""
                + FlywayTransactions.describe(other) + "\")"
            : "\"" + FlywayTransactions.describe(st) + "\" is transactional, but line "
                + script.file().lines().line(other.span().start()) + " holds \"" + FlywayTransactions.describe(other)
                + "\", which runs outside a transaction";
        ctx.report(script.file(), st.span(), "Flyway refuses this migration with its default mixed=false: "
            + what + " ('Detected both transactional and non-transactional statements within the same"
            + " migration').")
            .help("Move \"" + FlywayTransactions.describe(nonTx) + "\" to a migration of its own (set lock_timeout"
                + " for it with Flyway's initSql), or set mixed=true for the project.");
        return;
      }
    }
  }
}
