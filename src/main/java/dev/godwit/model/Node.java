package dev.godwit.model;

import java.util.List;

/**
 * What a statement says, as far as Godwit understands it. Rules dispatch on these types. Spans inside
 * nodes are offsets into the host file.
 */
public sealed interface Node {

  record CreateTable(
      QualifiedName table,
      boolean ifNotExists,
      boolean temporary,
      boolean unlogged,
      List<ColumnDef> columns,
      List<TableConstraint> constraints,
      QualifiedName partitionOf,
      boolean asSelect)
      implements Node {
    public CreateTable {
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
    }
  }

  /**
   * CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table ...
   *
   * @param name null for an unnamed index
   */
  record CreateIndex(
      QualifiedName name,
      QualifiedName table,
      boolean unique,
      boolean concurrently,
      boolean ifNotExists,
      boolean only,
      String method,
      List<String> columns,
      boolean partial)
      implements Node {
    public CreateIndex {
      columns = List.copyOf(columns);
    }
  }

  /** CREATE of any other object kind: SCHEMA, SEQUENCE, EXTENSION, TYPE, VIEW, FUNCTION, ... */
  record CreateObject(
      ObjectKind kind, QualifiedName name, boolean ifNotExists, boolean orReplace, List<String> enumValues)
      implements Node {
    public CreateObject {
      enumValues = List.copyOf(enumValues);
    }
  }

  /**
   * DROP kind [CONCURRENTLY] [IF EXISTS] name, ... [CASCADE|RESTRICT].
   *
   * @param on for DROP TRIGGER/POLICY ... ON table: the table, else null
   */
  record Drop(
      ObjectKind kind,
      List<QualifiedName> names,
      boolean ifExists,
      boolean concurrently,
      boolean cascade,
      QualifiedName on)
      implements Node {
    public Drop {
      names = List.copyOf(names);
    }
  }

  /** REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] name. */
  record Reindex(ObjectKind target, QualifiedName name, boolean concurrently) implements Node {}

  record AlterTable(QualifiedName table, boolean ifExists, boolean only, List<AlterAction> actions)
      implements Node {
    public AlterTable {
      actions = List.copyOf(actions);
    }
  }

  /** ALTER INDEX/SEQUENCE/VIEW/SCHEMA/TYPE ... RENAME TO, and the like. */
  record AlterObject(ObjectKind kind, QualifiedName name, String action, String renameTo) implements Node {}

  /** ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'v'. */
  record AlterTypeAddValue(QualifiedName type, String value, boolean ifNotExists) implements Node {}

  record Transaction(TxKind kind) implements Node {}

  enum TxKind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, ROLLBACK_TO, PREPARE, COMMIT_PREPARED }

  /** SET [SESSION|LOCAL] name {TO|=} value. {@code value} is the raw text. */
  record SetVariable(String name, String value, boolean local) implements Node {}

  /** RESET name, or RESET ALL (name "all"). */
  record ResetVariable(String name) implements Node {}

  /** INSERT, UPDATE, DELETE, MERGE, SELECT, COPY. */
  record Dml(DmlKind kind, QualifiedName table, boolean hasWhere, boolean fromQuery) implements Node {}

  enum DmlKind { INSERT, UPDATE, DELETE, MERGE, SELECT, COPY }

  record Truncate(List<QualifiedName> tables, boolean cascade) implements Node {
    public Truncate {
      tables = List.copyOf(tables);
    }
  }

  /** VACUUM [FULL], CLUSTER, ANALYZE. */
  record Maintenance(String command, boolean full, QualifiedName table) implements Node {}

  /** LOCK [TABLE] name [IN mode MODE]; mode defaults to ACCESS EXCLUSIVE. */
  record LockTable(List<QualifiedName> tables, String mode) implements Node {
    public LockTable {
      tables = List.copyOf(tables);
    }
  }

  record RefreshMaterializedView(QualifiedName view, boolean concurrently) implements Node {}

  /** CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name ... ON table. */
  record CreateTrigger(String name, QualifiedName table, boolean orReplace) implements Node {}

  /** DO $$ ... $$ with its body text. */
  record DoBlock(String body, Span bodySpan) implements Node {}

  /** A psql meta-command such as {@code \set}, {@code \i}, {@code \connect}. */
  record PsqlCommand(String command) implements Node {}

  /**
   * A statement that parsed but that Godwit does not model further (GRANT, COMMENT, CREATE POLICY, ...).
   *
   * @param keyword the statement's leading keywords, e.g. "GRANT" or "COMMENT ON"
   */
  record Other(String keyword) implements Node {}

  /**
   * SQL that a Java or Python migration builds at run time from values Godwit cannot know (a variable,
   * a method call, an f-string): the statement's span is the call that runs it.
   *
   * @param call the call as written, e.g. {@code stmt.execute(sql)}
   * @param why what Godwit could not know, e.g. "the SQL is the variable sql"
   */
  record DynamicSql(String call, String why) implements Node {}

  /** A statement nothing could parse; {@code reason} says why, {@code errorSpan} where (may be null). */
  record Unparsed(String reason, Span errorSpan) implements Node {}
}
