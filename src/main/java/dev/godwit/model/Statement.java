package dev.godwit.model;

/**
 * One SQL statement of a script.
 *
 * @param span the statement's text in the host file, from its first token to its last (the
 *     terminating semicolon excluded)
 * @param sql the statement text as PostgreSQL would receive it (string-literal escapes resolved)
 * @param map maps offsets in {@code sql} to offsets in the host file
 * @param origin who understood it
 * @param index position in its script, from 0
 */
public record Statement(Span span, String sql, OffsetMap map, Node node, Origin origin, int index) {
  /** Which parser produced the node. */
  public enum Origin {
    /** JSqlParser accepted the statement. */
    PARSER,
    /** JSqlParser rejected it or lost a needed detail; Godwit's token recognizer filled the model. */
    RECOGNIZER,
    /** A psql meta-command: recognized, not SQL. */
    META,
    /** Nothing understood it: the node is {@link Node.Unparsed}. */
    UNPARSED
  }

  public boolean parsed() {
    return origin == Origin.PARSER || origin == Origin.RECOGNIZER;
  }
}
