package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.Locale;

/** ALTER DOMAIN ... ADD CONSTRAINT without NOT VALID. */
@RuleInfo(
    id = "require-not-valid-domain-constraint",
    summary = "ALTER DOMAIN ADD CONSTRAINT without NOT VALID, or VALIDATE CONSTRAINT, scans every column of the domain, blocking writes",
    severity = Severity.WARNING,
    rationale =
        "A new domain constraint is checked against every column of that domain in every table; PostgreSQL"
            + " holds a SHARE lock on each such table while it scans it, blocking INSERT, UPDATE and DELETE.",
    safeAlternative =
        "Add the constraint with NOT VALID: it takes no lock on the tables and checks new values at once. Unlike"
            + " a table's VALIDATE, ALTER DOMAIN ... VALIDATE CONSTRAINT still holds a SHARE lock on each table for"
            + " its whole scan (writes wait), so run it in a quiet hour, or put the CHECK on the table columns"
            + " instead (ALTER TABLE ... ADD CHECK ... NOT VALID, then VALIDATE CONSTRAINT, which lets writes go"
            + " on). For NOT NULL, which has no NOT VALID form, add CHECK (VALUE IS NOT NULL) NOT VALID.",
    tags = {"locking", "constraint", "domain"})
public final class RequireNotValidDomainConstraintRule extends StatementRule<Node.AlterObject> {
  public RequireNotValidDomainConstraintRule() {
    super(Node.AlterObject.class);
  }

  @Override
  protected void check(Node.AlterObject alter, Statement statement, RuleContext ctx) {
    if (alter.kind() != ObjectKind.DOMAIN || alter.action() == null || alter.name() == null) {
      return;
    }
    if (alter.action().startsWith("VALIDATE")) {
      if (!createdInMigration(statement, alter, ctx)) {
        ctx.report(statement.span(), "ALTER DOMAIN " + alter.name() + " VALIDATE CONSTRAINT scans every column of"
            + " domain " + alter.name() + " in every table, holding a SHARE lock on each table while it scans it:"
            + " unlike a table's VALIDATE CONSTRAINT, it " + PgLocks.blocks(PgLocks.SHARE) + " on those tables"
            + " until the scan finishes.")
            .help("Run it in a quiet hour, or, for a large table, move the check to the column"
                + " (ALTER TABLE ... ADD CHECK ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT, which lets"
                + " writes go on).");
      }
      return;
    }
    if (!(alter.action().startsWith("ADD") || alter.action().startsWith("SET NOT"))) {
      return;
    }
    String sql = statement.sql() == null ? "" : statement.sql().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (sql.contains("NOT VALID") || createdInMigration(statement, alter, ctx)) {
      return;
    }
    boolean set = alter.action().startsWith("SET NOT");
    boolean notNull = set || !sql.contains("CHECK") && sql.contains("NOT NULL");
    if (notNull && !set && ctx.pgVersion() < 17) {
      return; // ADD [CONSTRAINT name] NOT NULL is a syntax error before 17: nothing runs, nothing to claim
    }
    RuleContext.FindingBuilder f = ctx.report(statement.span(), "ALTER DOMAIN " + alter.name()
        + (set ? " SET NOT NULL" : notNull ? " ADD NOT NULL" : " ADD CONSTRAINT") + " checks every column of domain " + alter.name()
        + " in every table, holding a SHARE lock on each table while it scans it: it "
        + PgLocks.blocks(PgLocks.SHARE) + " on those tables until the check finishes.");
    if (notNull) {
      f.help("A domain NOT NULL constraint has no NOT VALID form: add CHECK (VALUE IS NOT NULL) NOT VALID instead;"
          + " its VALIDATE CONSTRAINT still holds a SHARE lock on each table while it scans, so run it in a quiet"
          + " hour.");
    }
  }

  private static boolean createdInMigration(Statement statement, Node.AlterObject alter, RuleContext ctx) {
    if (ctx.migration() == null) {
      return false;
    }
    for (Script s : ctx.migration().up()) {
      for (Statement st : s.statements()) {
        if (s == ctx.script() && st.index() >= statement.index()) {
          return false;
        }
        if (st.node() instanceof Node.CreateObject co && co.kind() == ObjectKind.DOMAIN && co.name() != null
            && co.name().sameAs(alter.name())) {
          return true;
        }
      }
      if (s == ctx.script()) {
        return false;
      }
    }
    return false;
  }
}
