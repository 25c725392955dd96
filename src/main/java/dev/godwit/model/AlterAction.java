package dev.godwit.model;

/** One action of an ALTER TABLE statement. {@code span} covers the action's own text. */
public sealed interface AlterAction {
  Span span();

  record AddColumn(ColumnDef column, boolean ifNotExists, Span span) implements AlterAction {}

  record DropColumn(String column, boolean ifExists, boolean cascade, Span span) implements AlterAction {}

  /** ALTER COLUMN c [SET DATA] TYPE t [USING expr]. */
  record AlterColumnType(String column, DataType type, String using, Span span) implements AlterAction {}

  record SetNotNull(String column, Span span) implements AlterAction {}

  record DropNotNull(String column, Span span) implements AlterAction {}

  record SetDefault(String column, Expr value, Span span) implements AlterAction {}

  record DropDefault(String column, Span span) implements AlterAction {}

  /** ADD [CONSTRAINT name] ... [NOT VALID]. */
  record AddConstraint(TableConstraint constraint, Span span) implements AlterAction {}

  record DropConstraint(String name, boolean ifExists, boolean cascade, Span span) implements AlterAction {}

  record ValidateConstraint(String name, Span span) implements AlterAction {}

  record RenameColumn(String from, String to, Span span) implements AlterAction {}

  /** ALTER TABLE t RENAME TO u. */
  record RenameTable(String to, Span span) implements AlterAction {}

  record RenameConstraint(String from, String to, Span span) implements AlterAction {}

  /** ALTER TABLE t SET SCHEMA s. */
  record SetSchema(String schema, Span span) implements AlterAction {}

  record AttachPartition(QualifiedName partition, boolean hasBound, Span span) implements AlterAction {}

  record DetachPartition(QualifiedName partition, boolean concurrently, boolean finalizeDetach, Span span)
      implements AlterAction {}

  /** SET LOGGED / SET UNLOGGED. */
  record SetLogged(boolean logged, Span span) implements AlterAction {}

  record SetTablespace(String tablespace, Span span) implements AlterAction {}

  record SetAccessMethod(String method, Span span) implements AlterAction {}

  /** ENABLE/DISABLE [REPLICA|ALWAYS] TRIGGER name|ALL|USER. */
  record EnableDisableTrigger(boolean enable, String trigger, Span span) implements AlterAction {}

  /** Any other action (OWNER TO, SET (storage params), REPLICA IDENTITY, ...), kept as text. */
  record Other(String text, Span span) implements AlterAction {}
}
