package dev.godwit.model;

/**
 * Why part of a migration file gave Godwit nothing to check, for the report's list of files: SQL built at
 * run time (name the call), a DSL call Godwit does not model (name it), or nothing to run.
 *
 * @param span where in the file it applies (the call), or null for the file as a whole
 * @param message one sentence, starting with what Godwit saw ("execute(sql) with SQL built at run time")
 */
public record FileNote(Span span, String message) {
  public FileNote {
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a file note needs a message");
    }
  }

  public FileNote(String message) {
    this(null, message);
  }
}
