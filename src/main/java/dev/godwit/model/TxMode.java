package dev.godwit.model;

/** How the migration tool runs a script with respect to transactions. */
public enum TxMode {
  /** The tool wraps the whole script in one transaction (Flyway, dbmate, Liquibase, Alembic). */
  WRAPPED,
  /**
   * The tool sends the whole script as one multi-statement string: PostgreSQL runs it as one implicit
   * transaction when it holds more than one statement (golang-migrate).
   */
  IMPLICIT_MULTI_STATEMENT,
  /** Autocommit: only explicit BEGIN ... COMMIT in the script opens a transaction (psql, sqitch). */
  AUTOCOMMIT
}
