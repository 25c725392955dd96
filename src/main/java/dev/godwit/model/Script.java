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
 */
public record Script(
    SourceFile file,
    Direction direction,
    Span region,
    List<Statement> statements,
    List<Comment> comments,
    TxMode txMode,
    String txReason) {
  public Script {
    statements = List.copyOf(statements);
    comments = List.copyOf(comments);
  }
}
