package dev.godwit.rule;

import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.schema.Schema;
import dev.godwit.schema.SchemaView;
import java.util.Set;

/** What a rule may know and do while it checks. */
public interface RuleContext {
  /** The PostgreSQL major version the migrations target. */
  int pgVersion();

  Project project();

  /** The migration being checked (null for project rules). */
  Migration migration();

  /** The script being checked (null for migration and project rules). */
  Script script();

  /** Transaction state at a statement of the current script. */
  TxState transaction(Statement statement);

  /**
   * True when the table was created earlier in the same migration (so it is new and empty, and locks
   * on it hurt nobody).
   */
  boolean createdInMigration(QualifiedName table, Statement statement);

  /**
   * The schema replayed from the project's migrations, read-only. For a statement rule: the state just
   * before the statement (earlier migrations in apply order, then the earlier statements of this migration;
   * a downgrade script sees the state after its upgrade). For a migration rule: the state before the
   * migration. Lookups of objects the history does not know are empty: treat them as unknown.
   */
  default SchemaView schema() {
    return NO_SCHEMA;
  }

  /** A schema that knows nothing, for contexts without replay. */
  SchemaView NO_SCHEMA = new Schema(false);

  /** Whether the configuration asks for a downgrade for every migration. */
  boolean requireDowngrade();

  /**
   * A value computed once per project and shared by all of a run's rule calls: an index over the whole
   * project that a rule would otherwise rebuild for each statement (rules themselves keep no state).
   * {@code key} names the value; use a constant of the rule.
   */
  default <T> T perProject(Object key, java.util.function.Function<Project, T> compute) {
    return compute.apply(project());
  }

  /**
   * Tables configured as immutable ({@code immutable-tables}, {@code --immutable-table}): rows are only
   * ever inserted, never updated or deleted. Entries are {@code name} or {@code schema.name}.
   */
  default Set<String> immutableTables() {
    return Set.of();
  }

  /** Where the idempotency rules report ({@code idempotency} in the configuration). */
  default IdempotencyPolicy idempotency() {
    return IdempotencyPolicy.ALWAYS;
  }

  /** Report a finding in the current script's file. */
  FindingBuilder report(Span span, String message);

  /** Report a finding in a given file (for migration and project rules). */
  FindingBuilder report(SourceFile file, Span span, String message);

  /** Report a finding about a file that has no readable text. */
  FindingBuilder report(String path, String message);

  /** Adds details to a reported finding. */
  interface FindingBuilder {
    /** Replaces the rule's default help line. */
    FindingBuilder help(String help);

    FindingBuilder fix(Fix fix);

    /**
     * Reports the finding at {@code cap} when the rule's severity (default or configured) is more serious:
     * for a finding the rule considers less pressing than its usual ones.
     */
    default FindingBuilder atMost(Severity cap) {
      return this;
    }
  }
}
