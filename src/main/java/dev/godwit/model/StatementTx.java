package dev.godwit.model;

/**
 * How one statement of a script runs, for scripts whose transaction state changes from statement to
 * statement (a Python driver script that switches to autocommit half way, commits, or sends several
 * statements in one {@code execute()}).
 *
 * @param mode {@link TxMode#WRAPPED}: inside a transaction block (the driver's, or one the script opened
 *     with BEGIN or a transaction context); {@link TxMode#IMPLICIT_MULTI_STATEMENT}: one of several
 *     statements sent in one string, which PostgreSQL runs as one implicit transaction block;
 *     {@link TxMode#AUTOCOMMIT}: on its own
 * @param block statements with the same block number in the same mode share one transaction
 * @param explicit true when the script's own BEGIN (or transaction context) opened the block
 * @param reason why, for messages ("the script sets conn.autocommit = True at line 12")
 */
public record StatementTx(TxMode mode, int block, boolean explicit, String reason) {
  /** True when the statement runs inside a transaction block (explicit, driver-opened or implicit). */
  public boolean inTransaction() {
    return mode != TxMode.AUTOCOMMIT;
  }
}
