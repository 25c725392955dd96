package dev.godwit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of statements that a migration tool runs as one unit: a whole file, a dbmate section or a
 * Liquibase changeset.
 *
 * @param region the part of the file the script occupies (the whole file for most formats)
 * @param txMode how the tool runs it
 * @param txReason why Godwit decided {@code txMode} (for messages: "Flyway runs each migration in a
 *     transaction")
 * @param notes why some of the script (or all of it) holds nothing Godwit can check: the report lists them
 *     with the file; a format reader adds one with {@link #withNote}
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
    List<FileNote> notes,
    List<StatementTx> statementTx) {
  public Script {
    statements = List.copyOf(statements);
    comments = List.copyOf(comments);
    notes = List.copyOf(notes);
    statementTx = statementTx == null ? List.of() : List.copyOf(statementTx);
    if (!statementTx.isEmpty() && statementTx.size() != statements.size()) {
      throw new IllegalArgumentException("statementTx must have one entry per statement");
    }
  }

  public Script(SourceFile file, Direction direction, Span region, List<Statement> statements,
      List<Comment> comments, TxMode txMode, String txReason) {
    this(file, direction, region, statements, comments, txMode, txReason, List.of(), List.of());
  }

  /** A script whose transaction state is decided statement by statement ({@code statementTx}). */
  public static Script perStatement(SourceFile file, Direction direction, Span region, List<Statement> statements,
      List<Comment> comments, TxMode txMode, String txReason, List<StatementTx> statementTx) {
    return new Script(file, direction, region, statements, comments, txMode, txReason, List.of(), statementTx);
  }

  /** The same script with one more note. */
  public Script withNote(FileNote note) {
    List<FileNote> all = new ArrayList<>(notes);
    all.add(note);
    return new Script(file, direction, region, statements, comments, txMode, txReason, all, statementTx);
  }

  /** The same script with one more note on the whole file. */
  public Script withNote(String message) {
    return withNote(new FileNote(message));
  }
}
