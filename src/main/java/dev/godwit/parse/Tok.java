package dev.godwit.parse;

/**
 * One lexical token of a statement.
 *
 * @param value for WORD the lower-cased word; for QIDENT the identifier without quotes; for STRING the
 *     literal's value; for DOLLAR the body; otherwise the raw text
 * @param raw the token's source text
 * @param start offset of the first char in the statement text
 * @param end offset just past the last char
 * @param escape an {@code E'...'} string (backslash escapes)
 * @param bodyStart for DOLLAR: offset of the body, else -1
 * @param bodyEnd for DOLLAR: offset past the body, else -1
 */
record Tok(
    Kind kind,
    String value,
    String raw,
    int start,
    int end,
    boolean unterminated,
    boolean escape,
    int bodyStart,
    int bodyEnd) {

  enum Kind { WORD, QIDENT, STRING, DOLLAR, NUMBER, OP, PUNCT, PARAM, PLACEHOLDER, PSQLVAR }

  Tok(Kind kind, String value, String raw, int start, int end, boolean unterminated) {
    this(kind, value, raw, start, end, unterminated, false, -1, -1);
  }

  Tok withEscape() {
    return new Tok(kind, value, raw, start, end, unterminated, true, bodyStart, bodyEnd);
  }

  Tok withBody(int bs, int be) {
    return new Tok(kind, value, raw, start, end, unterminated, escape, bs, be);
  }

  /** An unquoted word equal to {@code w} (lower case). */
  boolean is(String w) {
    return kind == Kind.WORD && value.equals(w);
  }

  boolean isPunct(String p) {
    return (kind == Kind.PUNCT || kind == Kind.OP) && value.equals(p);
  }

  /** Something that can name an object: a word, a quoted identifier, a placeholder or a psql variable. */
  boolean isName() {
    return kind == Kind.WORD || kind == Kind.QIDENT || kind == Kind.PLACEHOLDER || kind == Kind.PSQLVAR;
  }
}
