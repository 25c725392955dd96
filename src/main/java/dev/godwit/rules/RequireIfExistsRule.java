package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Fix;
import dev.godwit.rule.FixAvailability;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DROP ... / DROP COLUMN / DROP CONSTRAINT without IF EXISTS, which fails when it runs a second time.
 * Receives every statement (target {@code Node.class}) and picks the ones it knows; {@link Idempotency}
 * decides from how the migration is applied whether, and how loudly, to report.
 */
@RuleInfo(
    id = "require-if-exists",
    summary = "DROP, DROP COLUMN or DROP CONSTRAINT that fails when the migration runs a second time",
    severity = Severity.WARNING,
    rationale =
        "A script run by hand has nothing that records it ran: running it twice is the expected failure."
            + " Outside a transaction each statement commits on its own, so a later failure leaves the objects"
            + " dropped before it dropped, and the retry stops on them with 'does not exist'. Inside a"
            + " migration tool's transaction a failure rolls back cleanly, but a re-run by hand, a database"
            + " where the object was already removed or a restore-and-replay still stops there (a note).",
    safeAlternative = "Add IF EXISTS so that the statement can run twice.",
    checksDownScripts = true, // only hand-run ones: Idempotency.where skips a tracked tool's downgrades
    fix = FixAvailability.SOMETIMES,
    tags = {"idempotency"})
public final class RequireIfExistsRule extends StatementRule<Node> {
  private static final String GONE = "'does not exist'";

  /** The object kinds' last word, just before IF EXISTS (or CONCURRENTLY) and the first name. */
  private static final String[] KIND_WORDS = {"TABLE", "INDEX", "SCHEMA", "TYPE", "SEQUENCE", "VIEW", "MATERIALIZED",
      "FUNCTION", "PROCEDURE", "EXTENSION", "DOMAIN", "DATABASE", "TRIGGER", "POLICY", "ROLE", "USER", "GROUP"};

  public RequireIfExistsRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (node instanceof Node.Drop drop) {
      if (drop.ifExists() || drop.names().isEmpty() || drop.kind() == ObjectKind.OTHER) {
        return;
      }
      if (drop.names().stream().allMatch(n -> createdBefore(statement, ctx, drop.kind(), n, drop.on())
          || recreatedLater(statement, ctx, drop.kind(), n, drop.on()))) {
        // made earlier in the same migration: a second run gets here only after making it again; made again
        // later: a second run finds the object the first one re-created
        return;
      }
      Idempotency.Where where = Idempotency.where(statement, ctx);
      if (where == null) {
        return;
      }
      String names = drop.names().stream().map(QualifiedName::toString).collect(Collectors.joining(", "));
      String kind = drop.kind().sql();
      String on = drop.on() != null ? " ON " + drop.on() : "";
      RuleContext.FindingBuilder f = ctx.report(statement.span(), "DROP " + kind + " " + names + on
          + " has no IF EXISTS: " + Idempotency.consequence(where, statement, ctx, GONE))
          .help("Write DROP " + kind + (drop.concurrently() ? " CONCURRENTLY" : "") + " IF EXISTS " + names + on
              + " so that the statement can run twice.");
      Fix fix = fixDrop(statement);
      if (fix != null) {
        f.fix(fix);
      }
      Idempotency.severity(f, where);
    } else if (node instanceof Node.AlterTable alter) {
      Idempotency.Where where = null;
      for (AlterAction action : alter.actions()) {
        String what;
        String rewrite;
        String keyword;
        if (readdedLater(alter, action, statement, ctx)) {
          continue; // dropped and added again (in this statement or later): a second run finds it again
        }
        if (action instanceof AlterAction.DropColumn dc && !dc.ifExists() && dc.column() != null) {
          what = "DROP COLUMN " + dc.column();
          rewrite = "DROP COLUMN IF EXISTS " + dc.column();
          keyword = "COLUMN";
        } else if (action instanceof AlterAction.DropConstraint dk && !dk.ifExists() && dk.name() != null) {
          what = "DROP CONSTRAINT " + dk.name();
          rewrite = "DROP CONSTRAINT IF EXISTS " + dk.name();
          keyword = "CONSTRAINT";
        } else {
          continue;
        }
        if (where == null) {
          where = Idempotency.where(statement, ctx);
        }
        if (where == null) {
          return;
        }
        RuleContext.FindingBuilder f = ctx.report(action.span(), what + " on " + alter.table() + " has no IF"
            + " EXISTS: " + Idempotency.consequence(where, statement, ctx, GONE))
            .help("Write ALTER TABLE " + alter.table() + " " + rewrite + " so that the statement can run twice.");
        Fix fix = fixAlterDrop(statement, action.span().start(), keyword);
        if (fix != null) {
          f.fix(fix);
        }
        Idempotency.severity(f, where);
      }
    }
  }

  /** True when a later statement of the migration creates the object {@code name} of {@code kind} again. */
  private static boolean recreatedLater(Statement statement, RuleContext ctx, ObjectKind kind, QualifiedName name,
      QualifiedName on) {
    return Idempotency.later(statement, ctx, n -> creates(n, kind, name, on));
  }

  /** True when a DROP COLUMN / DROP CONSTRAINT action is undone by a later ADD of the same name. */
  private static boolean readdedLater(Node.AlterTable alter, AlterAction action, Statement statement,
      RuleContext ctx) {
    java.util.function.Predicate<AlterAction> readds;
    if (action instanceof AlterAction.DropColumn dc && dc.column() != null) {
      readds = a -> a instanceof AlterAction.AddColumn add && add.column() != null
          && add.column().name().equals(dc.column())
          || a instanceof AlterAction.RenameColumn rc && dc.column().equals(rc.to()); // a new column takes its name
    } else if (action instanceof AlterAction.DropConstraint dk && dk.name() != null) {
      readds = a -> a instanceof AlterAction.AddConstraint add && add.constraint() != null
          && dk.name().equals(add.constraint().name());
    } else {
      return false;
    }
    List<AlterAction> actions = alter.actions();
    for (int i = actions.indexOf(action) + 1; i < actions.size(); i++) {
      if (readds.test(actions.get(i))) {
        return true;
      }
    }
    return Idempotency.later(statement, ctx, n -> n instanceof Node.AlterTable t && t.table() != null
        && t.table().sameAs(alter.table()) && t.actions().stream().anyMatch(readds));
  }

  private static boolean creates(Node n, ObjectKind kind, QualifiedName name, QualifiedName on) {
    return switch (kind) {
      case TABLE -> n instanceof Node.CreateTable ct && ct.table() != null && ct.table().sameAs(name)
          || n instanceof Node.AlterTable at && at.actions().stream().anyMatch(a -> a instanceof AlterAction.RenameTable
              rt && name.name().equals(rt.to()));
      case INDEX -> n instanceof Node.CreateIndex ci && ci.name() != null && ci.name().sameAs(name);
      case TRIGGER -> n instanceof Node.CreateTrigger tr && name.name().equals(tr.name()) && on != null
          && on.sameAs(tr.table());
      default -> n instanceof Node.CreateObject co && co.kind() == kind && co.name() != null
          && co.name().sameAs(name);
    };
  }

  /** True when an earlier statement of the migration creates the object {@code name} of {@code kind}. */
  private static boolean createdBefore(Statement statement, RuleContext ctx, ObjectKind kind, QualifiedName name,
      QualifiedName on) {
    return Idempotency.earlier(statement, ctx, n -> creates(n, kind, name, on));
  }

  /** DROP kind [CONCURRENTLY] IF EXISTS name: before the first word after the object kind. */
  private static Fix fixDrop(Statement statement) {
    SqlWords w = SqlWords.of(statement, 12);
    if (!w.is(0, "DROP")) {
      return null;
    }
    int name = w.is(1, "MATERIALIZED") ? 3 : 2; // DROP [MATERIALIZED] kind [CONCURRENTLY] name
    if (!w.is(name - 1, KIND_WORDS)) {
      return null;
    }
    name = w.skip(name, "CONCURRENTLY");
    if (w.text(name) == null || w.is(name, "IF", ";")) {
      return null;
    }
    return w.insertBefore(name, "IF EXISTS ", "Add IF EXISTS", Applicability.SAFE);
  }

  /** DROP [COLUMN] IF EXISTS name / DROP CONSTRAINT IF EXISTS name, found from the action's start. */
  private static Fix fixAlterDrop(Statement statement, int actionStart, String keyword) {
    SqlWords w = SqlWords.of(statement, 400);
    int drop = w.atHost(actionStart);
    if (drop < 0 || !w.is(drop, "DROP")) {
      return null;
    }
    int name = w.skip(drop + 1, keyword);
    if (w.text(name) == null || w.is(name, "IF")) {
      return null;
    }
    return w.insertBefore(name, "IF EXISTS ", "Add IF EXISTS", Applicability.SAFE);
  }
}
