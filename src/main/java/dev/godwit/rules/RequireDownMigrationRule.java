package dev.godwit.rules;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.rule.MigrationRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;

/** A migration without a downgrade where one is expected, or a downgrade that does nothing. */
@RuleInfo(
    id = "require-down-migration",
    summary = "Migration has no down migration where the project expects one, or its down migration is empty",
    severity = Severity.WARNING,
    rationale =
        "Without a working downgrade a bad deploy cannot be rolled back with the migration tool; an empty"
            + " down script is worse, because the rollback reports success while the schema stays as it was.",
    safeAlternative =
        "Write the down migration that reverses the up migration (DROP what it creates, re-create what it"
            + " drops), or, for an irreversible change, make the down script fail loudly with an explanation.",
    tags = {"rollback"})
public final class RequireDownMigrationRule implements MigrationRule {

  @Override
  public void check(Migration migration, RuleContext ctx) {
    for (Script down : migration.down()) {
      if (down != null && down.file() != null && !hasEffect(down)) {
        ctx.report(down.file(), anchor(down), "Down migration " + down.file().name() + " is empty: a rollback"
            + " would silently do nothing.")
            .help("Write the statements that reverse " + describe(migration) + ", or, if it cannot be"
                + " reversed, make the down script fail with an explanation (e.g. a DO block that raises an"
                + " exception) rather than succeed without doing anything.");
      }
    }
    if (!migration.down().isEmpty() || migration.up().isEmpty() || isRepeatable(migration)) {
      return;
    }
    Script up = migration.up().get(0);
    SourceFile file = up == null ? null : up.file();
    if (file == null) {
      return;
    }
    if (migration.autoDowngrade() != null) {
      return; // the tool reverses it by itself (Liquibase's automatic rollback, --rollback not required)
    }
    Format format = migration.format();
    String missing = missingDowngrade(format, migration, file);
    if (missing != null) {
      ctx.report(file, format == Format.ALEMBIC ? downgradeDef(file, anchor(up)) : anchor(up), missing);
      return;
    }
    if (format.isFlyway()) {
      boolean undoProject = ctx.project() != null && ctx.project().hasUndoMigrations();
      if (!undoProject && !ctx.requireDowngrade()) {
        return;
      }
      String version = migration.version();
      ctx.report(file, anchor(up), "Flyway migration V" + version + " has no undo migration (U" + version
          + "__*)" + (undoProject ? ", although this project writes undo migrations" : ", and require-downgrade"
          + " is set") + ": it cannot be rolled back with flyway undo.")
          .help("Add U" + version + "__" + (migration.description() == null ? "<description>"
              : migration.description().replace(' ', '_')) + (format == Format.FLYWAY_JAVA ? " (a Java class or"
              + " an SQL script)" : "") + " with the statements that reverse this migration.");
    } else if (ctx.requireDowngrade()) {
      ctx.report(file, anchor(up), "Migration " + describe(migration) + " has no down migration, and"
          + " require-downgrade is set: it cannot be rolled back.");
    }
  }

  /**
   * For formats whose tool gives every migration a place for its downgrade, the message for an absent
   * one; null for the others (Flyway, plain SQL, Python scripts), which expect none by default.
   */
  private static String missingDowngrade(Format format, Migration migration, SourceFile file) {
    switch (format) {
      case GOLANG_MIGRATE: {
        String downName = file.name().endsWith(".up.sql")
            ? file.name().substring(0, file.name().length() - ".up.sql".length()) + ".down.sql"
            : "the matching .down.sql file";
        return "Migration " + file.name() + " has no down migration (" + downName + "): it cannot be rolled"
            + " back with migrate down.";
      }
      case DBMATE:
        return "dbmate migration " + file.name() + " has an empty -- migrate:down section: dbmate rollback"
            + " would record it as reverted and change nothing.";
      case LIQUIBASE_SQL:
        return "Liquibase changeset " + migration.version() + " has no --rollback: liquibase rollback cannot"
            + " reverse raw SQL by itself.";
      case LIQUIBASE_XML:
      case LIQUIBASE_YAML:
        return "Liquibase changeSet " + migration.version() + " has no <rollback>, and some of its changes have"
            + " no automatic rollback: liquibase rollback stops here.";
      case SQITCH:
        return "sqitch change " + migration.version() + " has no revert script (revert/" + migration.version()
            + ".sql): sqitch revert cannot undo it.";
      case ALEMBIC:
        return "Alembic revision " + migration.version() + " has no downgrade (downgrade() only passes or"
            + " raises): alembic downgrade cannot undo it.";
      case NUMBERED:
        return "Migration " + file.name() + " has no rollback script in rollback/ (" + migration.version()
            + "_rollback_*.sql), although this project keeps one per migration.";
      default:
        return null;
    }
  }

  /** True when the script does something beyond opening and closing transactions. */
  private static boolean hasEffect(Script script) {
    for (Statement statement : script.statements()) {
      if (statement != null && !(statement.node() instanceof Node.Transaction)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRepeatable(Migration migration) {
    if (migration.version() == null) {
      return true;
    }
    for (Script script : migration.up()) {
      if (script != null && script.direction() == Direction.REPEATABLE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where to point: a Liquibase XML or YAML changeset's name, else the script's first statement, else the
   * start of its region (empty span).
   */
  private static Span anchor(Script script) {
    if (script.region() != null && script.file() != null
        && script.file().text().startsWith("changeSet", script.region().start() + 1)) {
      // a changeset without a rollback: point at the changeset, not at its first change
      int start = script.region().start() + 1;
      return new Span(start, start + "changeSet".length());
    }
    for (Statement statement : script.statements()) {
      if (statement != null && statement.span() != null) {
        return statement.span();
      }
    }
    int start = script.region() == null ? 0 : script.region().start();
    return new Span(start, start);
  }

  /** An Alembic revision's {@code def downgrade}, where its absent downgrade is; else {@code fallback}. */
  private static Span downgradeDef(SourceFile file, Span fallback) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^def\\s+downgrade\\b").matcher(file.text());
    return m.find() ? new Span(m.start(), m.end()) : fallback;
  }

  private static String describe(Migration migration) {
    if (migration.version() != null) {
      return migration.version() + (migration.description() == null || migration.description().isBlank()
          ? "" : " (" + migration.description() + ")");
    }
    return migration.primaryFile().name();
  }
}
