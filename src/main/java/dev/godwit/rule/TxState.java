package dev.godwit.rule;

/**
 * Whether a statement runs inside a transaction block, and why Godwit thinks so.
 *
 * @param inTransaction true inside BEGIN ... COMMIT or a transaction the migration tool opens
 * @param explicit true when the script's own BEGIN opened it
 * @param reason for messages, e.g. "Flyway runs each migration in a transaction"
 * @param block statements of a script with the same block number that are in a transaction share it
 *     (0 unless the script decides its transactions statement by statement, see Script#statementTx)
 */
public record TxState(boolean inTransaction, boolean explicit, String reason, int block) {
  public TxState(boolean inTransaction, boolean explicit, String reason) {
    this(inTransaction, explicit, reason, 0);
  }

  public static final TxState NONE = new TxState(false, false, "no transaction is open");
}
