package dev.godwit.model;

import java.util.List;

/**
 * A sequence of statements that a migration tool runs as one unit: a whole file, a dbmate section or a
 * Liquibase changeset.
 *
 * @param region the part of the file the script occupies (the whole file for most formats)
 * @param txMode how the tool runs it
 * @param txReason why Godwit decided {@code txMode} (for messages: "Flyway runs each migration in a
 *     transaction")
 * @param statementTx empty when {@code txMode} holds for the whole script (with the script's own BEGIN
 *     and COMMIT statements); otherwise one entry per statement, which then decides (and {@code txMode}
 *     is how the script starts)
 */
public record Script(
    SourceFile file,
    Direction direction,
    Span region,
    List<Statement> statements,
    List<Comment> comments,
    TxMode txMode,
    String txReason,
    List<StatementTx> statementTx) {
  public Script {
    statements = List.copyOf(statements);
    comments = List.copyOf(comments);
    statementTx = statementTx == null ? List.of() : List.copyOf(statementTx);
    if (!statementTx.isEmpty() && statementTx.size() != statements.size()) {
      throw new IllegalArgumentException("statementTx must have one entry per statement");
    }
  }

  public Script(SourceFile file, Direction direction, Span region, List<Statement> statements, List<Comment> comments,
      TxMode txMode, String txReason) {
    this(file, direction, region, statements, comments, txMode, txReason, List.of());
  }
}
