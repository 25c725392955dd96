package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Fix;
import dev.godwit.rule.FixAvailability;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/**
 * CREATE ... / ADD COLUMN that fails when it runs a second time: without IF NOT EXISTS, without OR REPLACE,
 * or (CREATE TYPE, CREATE DOMAIN) without a guard of any kind. Receives every statement (target
 * {@code Node.class}) and picks the ones it knows; {@link Idempotency} decides from how the migration is
 * applied whether, and how loudly, to report.
 */
@RuleInfo(
    id = "require-if-not-exists",
    summary = "CREATE or ADD COLUMN that fails when the migration runs a second time",
    severity = Severity.WARNING,
    rationale =
        "A script run by hand has nothing that records it ran: running it twice is the expected failure."
            + " Outside a transaction each statement commits on its own, so a later failure leaves the objects"
            + " created before it, and the retry stops on them with 'already exists'. Inside a migration"
            + " tool's transaction a failure rolls back cleanly, but a re-run by hand, an object made outside"
            + " the migrations or a restore-and-replay still stops there (a note).",
    safeAlternative =
        "Add IF NOT EXISTS (OR REPLACE for views, functions, procedures and, from PostgreSQL 14, triggers)"
            + " so that the statement can run twice.",
    checksDownScripts = true, // only hand-run ones: Idempotency.where skips a tracked tool's downgrades
    fix = FixAvailability.SOMETIMES,
    tags = {"idempotency"})
public final class RequireIfNotExistsRule extends StatementRule<Node> {
  private static final String EXISTS = "'already exists'";

  public RequireIfNotExistsRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (node instanceof Node.CreateTable table) {
      if (table.ifNotExists() || table.temporary() || table.table() == null
          || recreated(statement, ctx, ObjectKind.TABLE, table.table())) {
        return;
      }
      Idempotency.Where where = Idempotency.where(statement, ctx);
      if (where != null) {
        report(ctx, statement.span(), where, "CREATE TABLE " + table.table() + " has no IF NOT EXISTS: "
            + Idempotency.consequence(where, statement, ctx, EXISTS),
            "Write CREATE TABLE IF NOT EXISTS " + table.table() + " so that the statement can run twice.",
            fixBefore(statement, "TABLE"));
      }
    } else if (node instanceof Node.CreateIndex index) {
      if (index.ifNotExists() || (index.name() != null && recreated(statement, ctx, ObjectKind.INDEX, index.name()))) {
        return;
      }
      Idempotency.Where where = Idempotency.where(statement, ctx);
      if (where == null) {
        return;
      }
      String conc = index.concurrently() ? "CONCURRENTLY " : "";
      if (index.name() == null) {
        // IF NOT EXISTS requires an index name; say so rather than propose invalid SQL. A second run builds
        // a duplicate index rather than failing.
        report(ctx, statement.span(), where, "CREATE INDEX on " + index.table() + " has no name and no IF NOT"
            + " EXISTS: " + Idempotency.consequence(where, statement, ctx, EXISTS).replace("stops here with "
            + EXISTS, "builds a duplicate index"),
            "Name the index and write CREATE INDEX " + conc + "IF NOT EXISTS <name> ON " + index.table()
                + " (IF NOT EXISTS needs a name).", null);
      } else {
        report(ctx, statement.span(), where, "CREATE INDEX " + index.name() + " on " + index.table() + " has no IF"
            + " NOT EXISTS: " + Idempotency.consequence(where, statement, ctx, EXISTS),
            "Write CREATE INDEX " + conc + "IF NOT EXISTS " + index.name()
                + "; after a failed CONCURRENTLY build, drop the INVALID index first.",
            fixBefore(statement, "INDEX"));
      }
    } else if (node instanceof Node.CreateObject object) {
      checkObject(object, statement, ctx);
    } else if (node instanceof Node.CreateTrigger trigger) {
      if (trigger.orReplace() || trigger.name() == null
          || Idempotency.earlier(statement, ctx, n -> n instanceof Node.Drop d && d.kind() == ObjectKind.TRIGGER
              && d.on() != null && trigger.table() != null && d.on().sameAs(trigger.table())
              && d.names().stream().anyMatch(x -> x.name().equalsIgnoreCase(trigger.name())))) {
        return;
      }
      Idempotency.Where where = Idempotency.where(statement, ctx);
      if (where == null) {
        return;
      }
      SqlWords w = SqlWords.of(statement, 3);
      boolean constraint = w.is(1, "CONSTRAINT");
      String subject = "CREATE " + (constraint ? "CONSTRAINT " : "") + "TRIGGER " + trigger.name() + " on "
          + trigger.table() + " has no " + (ctx.pgVersion() >= 14 && !constraint ? "OR REPLACE" : "guard") + ": ";
      if (ctx.pgVersion() >= 14 && !constraint) {
        report(ctx, statement.span(), where, subject + Idempotency.consequence(where, statement, ctx, EXISTS),
            "Write CREATE OR REPLACE TRIGGER " + trigger.name() + " (PostgreSQL 14 and later) so that the"
                + " statement can run twice.",
            w.insertBefore(1, "OR REPLACE ", "Add OR REPLACE", Applicability.SAFE));
      } else {
        report(ctx, statement.span(), where, subject + Idempotency.consequence(where, statement, ctx, EXISTS),
            "Write DROP TRIGGER IF EXISTS " + trigger.name() + " ON " + trigger.table() + " just before it"
                + (constraint ? " (OR REPLACE does not apply to constraint triggers)."
                    : " (CREATE OR REPLACE TRIGGER needs PostgreSQL 14)."), null);
      }
    } else if (node instanceof Node.AlterTable alter) {
      Idempotency.Where where = null;
      for (AlterAction action : alter.actions()) {
        if (action instanceof AlterAction.AddColumn add && !add.ifNotExists() && add.column() != null) {
          if (where == null) {
            where = Idempotency.where(statement, ctx);
          }
          if (where == null) {
            return;
          }
          String column = add.column().name();
          report(ctx, action.span(), where, "ADD COLUMN " + column + " on " + alter.table() + " has no IF NOT"
              + " EXISTS: " + Idempotency.consequence(where, statement, ctx, EXISTS),
              "Write ALTER TABLE " + alter.table() + " ADD COLUMN IF NOT EXISTS " + column
                  + " so that the statement can run twice.",
              fixAddColumn(statement, action.span().start()));
        }
      }
    }
  }

  private static void checkObject(Node.CreateObject object, Statement statement, RuleContext ctx) {
    ObjectKind kind = object.kind();
    if (object.ifNotExists() || object.orReplace() || object.name() == null) {
      return;
    }
    String what = kind.sql() + " " + object.name();
    switch (kind) {
      case SCHEMA, SEQUENCE, EXTENSION, MATERIALIZED_VIEW -> {
        if (recreated(statement, ctx, kind, object.name())) {
          return;
        }
        Idempotency.Where where = Idempotency.where(statement, ctx);
        if (where != null) {
          report(ctx, statement.span(), where, "CREATE " + what + " has no IF NOT EXISTS: "
              + Idempotency.consequence(where, statement, ctx, EXISTS),
              "Write CREATE " + kind.sql() + " IF NOT EXISTS " + object.name()
                  + " so that the statement can run twice.",
              fixBefore(statement, kind == ObjectKind.MATERIALIZED_VIEW ? "VIEW" : kind.sql()));
        }
      }
      case VIEW, FUNCTION, PROCEDURE -> {
        if (recreated(statement, ctx, kind, object.name())) {
          return;
        }
        Idempotency.Where where = Idempotency.where(statement, ctx);
        if (where != null) {
          SqlWords w = SqlWords.of(statement, 2);
          report(ctx, statement.span(), where, "CREATE " + what + " has no OR REPLACE: "
              + Idempotency.consequence(where, statement, ctx, EXISTS),
              "Write CREATE OR REPLACE " + kind.sql() + " " + object.name() + " so that the statement can run"
                  + " twice" + (kind == ObjectKind.VIEW ? " (OR REPLACE keeps the existing columns: it may only"
                      + " add new ones at the end)." : " (OR REPLACE cannot change the return type)."),
              w.is(0, "CREATE") ? w.insertBefore(1, "OR REPLACE ", "Add OR REPLACE", Applicability.SAFE) : null);
        }
      }
      case TYPE, DOMAIN -> {
        if (recreated(statement, ctx, kind, object.name())) {
          return;
        }
        Idempotency.Where where = Idempotency.where(statement, ctx);
        if (where != null) {
          report(ctx, statement.span(), where, "CREATE " + what + " has no guard (PostgreSQL has no CREATE "
              + kind.sql() + " IF NOT EXISTS): " + Idempotency.consequence(where, statement, ctx, EXISTS),
              "Wrap it in DO $$ BEGIN CREATE " + kind.sql() + " " + object.name() + " ...; EXCEPTION WHEN"
                  + " duplicate_object THEN NULL; END $$, or run it only when " + (kind == ObjectKind.TYPE
                      ? "pg_type" : "pg_type (typtype = 'd')") + " has no row for it.", null);
        }
      }
      default -> { }
    }
  }

  /**
   * True when another statement of the migration drops the object: before it (DROP ... IF EXISTS, then
   * CREATE: drop and re-create) or after it (a staging object). Both run twice as they are; an unguarded
   * DROP gets its own require-if-exists finding.
   */
  private static boolean recreated(Statement statement, RuleContext ctx, ObjectKind kind, QualifiedName name) {
    // dropped earlier (drop and re-create), or later (a staging table the migration drops again): either
    // way a second run does not find the object in its way
    return Idempotency.earlier(statement, ctx, n -> Idempotency.drops(n, kind, name))
        || Idempotency.later(statement, ctx, n -> Idempotency.drops(n, kind, name));
  }

  private static void report(RuleContext ctx, Span span, Idempotency.Where where, String message, String help,
      Fix fix) {
    RuleContext.FindingBuilder f = ctx.report(span, message).help(help);
    if (fix != null) {
      f.fix(fix);
    }
    Idempotency.severity(f, where);
  }

  /**
   * IF NOT EXISTS before the object's name: the word after {@code keyword} (and after CONCURRENTLY); none
   * when no name follows (CREATE INDEX ON ..., CREATE SCHEMA AUTHORIZATION ...).
   */
  private static Fix fixBefore(Statement statement, String keyword) {
    SqlWords w = SqlWords.of(statement, 12);
    int k = w.find(0, keyword);
    if (k < 0 || !w.is(0, "CREATE")) {
      return null;
    }
    int name = w.skip(k + 1, "CONCURRENTLY");
    if (w.text(name) == null || w.is(name, "ON", "AUTHORIZATION", "IF", "(", ";")) {
      return null;
    }
    return w.insertBefore(name, "IF NOT EXISTS ", "Add IF NOT EXISTS", Applicability.SAFE);
  }

  /** ADD [COLUMN] IF NOT EXISTS: before the word after ADD [COLUMN], found from the action's start. */
  private static Fix fixAddColumn(Statement statement, int actionStart) {
    SqlWords w = SqlWords.of(statement, 400);
    int add = w.atHost(actionStart);
    if (add < 0 || !w.is(add, "ADD")) {
      return null;
    }
    int name = w.skip(add + 1, "COLUMN");
    if (w.text(name) == null || w.is(name, "IF")) {
      return null;
    }
    return w.insertBefore(name, "IF NOT EXISTS ", "Add IF NOT EXISTS", Applicability.SAFE);
  }
}
