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
 * @param embedding where the statement came from when it is not a statement of the script itself but
 *     one found inside another statement's body (a DO block, a function body); null otherwise
 */
public record Statement(
    Span span, String sql, OffsetMap map, Node node, Origin origin, int index, Embedding embedding) {
  public Statement(Span span, String sql, OffsetMap map, Node node, Origin origin, int index) {
    this(span, sql, map, node, origin, index, null);
  }

  /**
   * A statement found inside the body of another statement of the same script.
   *
   * @param kind what body it was found in
   * @param hostIndex the {@link #index} of the statement whose body holds it
   * @param conditional true when it sits under IF/CASE/LOOP/EXCEPTION, so it may not run
   */
  public record Embedding(Kind kind, int hostIndex, boolean conditional) {
    public enum Kind {
      /** A {@code DO} block: it runs when the migration runs. */
      DO_BLOCK,
      /** A SQL or PL/pgSQL function or procedure body: it runs when the routine is called, not when it is created. */
      ROUTINE_BODY
    }
  }

  /** True when the statement came from a DO block or routine body (see {@link #embedding}). */
  public boolean embedded() {
    return embedding != null;
  }

  /** True when the statement runs as part of the migration (a script statement or a DO block's). */
  public boolean runsInMigration() {
    return embedding == null || embedding.kind() == Embedding.Kind.DO_BLOCK;
  }

  /** The same statement at another position of its script. */
  public Statement withIndex(int newIndex) {
    return new Statement(span, sql, map, node, origin, newIndex, embedding);
  }

  /** Which parser produced the node. */
  public enum Origin {
    /** Godwit's recognizer does not know the statement's form; JSqlParser accepted it and its AST was mapped. */
    PARSER,
    /** Godwit's token recognizer modelled the statement (JSqlParser is not asked then). */
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
