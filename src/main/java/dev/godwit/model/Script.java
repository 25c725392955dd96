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
 */
public record Script(
    SourceFile file,
    Direction direction,
    Span region,
    List<Statement> statements,
    List<Comment> comments,
    TxMode txMode,
    String txReason,
    List<FileNote> notes) {
  public Script {
    statements = List.copyOf(statements);
    comments = List.copyOf(comments);
    notes = List.copyOf(notes);
  }

  public Script(SourceFile file, Direction direction, Span region, List<Statement> statements,
      List<Comment> comments, TxMode txMode, String txReason) {
    this(file, direction, region, statements, comments, txMode, txReason, List.of());
  }

  /** The same script with one more note. */
  public Script withNote(FileNote note) {
    List<FileNote> all = new ArrayList<>(notes);
    all.add(note);
    return new Script(file, direction, region, statements, comments, txMode, txReason, all);
  }

  /** The same script with one more note on the whole file. */
  public Script withNote(String message) {
    return withNote(new FileNote(message));
  }
}
