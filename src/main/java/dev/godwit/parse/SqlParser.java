package dev.godwit.parse;

import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import java.util.List;

/**
 * Turns the text of one SQL statement into a {@link Statement}. Godwit's own token recognizer comes
 * first: it models the forms rules need and keeps every flag, and it names well-formed statements of
 * the classes it knows but has nothing to model (GRANT, COMMENT ON, ...). What it does not know goes to
 * JSqlParser, which maps what it accepts and turns what it rejects into an unparsed statement with the
 * place of the error. See {@link #parse}.
 *
 * <p>Instances hold no state and are cheap; one instance may be shared by any number of threads.
 * This is the only package that sees JSqlParser.
 */
public final class SqlParser {

  public SqlParser() {}

  /**
   * Parses one statement.
   *
   * @param sql one statement, without its terminating ';' (comments and whitespace may surround it)
   * @param map maps offsets in {@code sql} to offsets in the host file
   * @param index the statement's position in its script
   * @return never null; never throws on any input
   */
  public Statement parse(String sql, OffsetMap map, int index) {
    String text = sql == null ? "" : sql;
    List<Tok> toks;
    try {
      toks = Lexer.lex(text);
    } catch (RuntimeException e) {
      Span all = map.toHost(0, text.length());
      return new Statement(all, text, map, new Node.Unparsed("lexer failure: " + e, null),
          Statement.Origin.UNPARSED, index);
    }
    if (toks.isEmpty()) {
      Span at = map.toHost(0, 0);
      return new Statement(at, text, map, new Node.Unparsed("empty statement", null),
          Statement.Origin.UNPARSED, index);
    }
    Span span = map.toHost(toks.get(0).start(), toks.get(toks.size() - 1).end());
    try {
      return parseTokens(text, toks, map, index, span);
    } catch (RuntimeException | StackOverflowError e) {
      return new Statement(span, text, map,
          new Node.Unparsed("internal parser error: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()), null),
          Statement.Origin.UNPARSED, index);
    }
  }

  private Statement parseTokens(String text, List<Tok> toks, OffsetMap map, int index, Span span) {
    Tok first = toks.get(0);
    if (first.raw().equals("\\")) {
      String cmd = "\\" + (toks.size() > 1 && toks.get(1).start() == first.end() ? toks.get(1).raw() : "");
      return new Statement(span, text, map, new Node.PsqlCommand(cmd), Statement.Origin.META, index);
    }
    Node recognized;
    try {
      recognized = new Recognizer(text, toks, map).recognize();
    } catch (RuntimeException | StackOverflowError e) {
      recognized = null;
    }
    if (recognized != null) {
      // The recognizer's node is what rules get whatever JSqlParser says of the statement, so asking
      // JSqlParser as well would only cost time (it is most of the analysis time; docs/performance.md).
      return new Statement(span, text, map, recognized, Statement.Origin.RECOGNIZER, index);
    }

    JsqlBridge.Outcome outcome;
    if (text.length() > JsqlBridge.MAX_LENGTH || depth(toks) > JsqlBridge.MAX_DEPTH) {
      outcome = JsqlBridge.Outcome.fail("statement too large or too deeply nested for the parser", -1, -1);
    } else {
      outcome = JsqlBridge.parse(JsqlBridge.sanitize(text, toks));
    }

    if (outcome.accepted()) {
      Node node;
      try {
        node = AstMapper.map(outcome.ast(), toks);
      } catch (RuntimeException e) {
        node = null;
      }
      if (node == null) {
        node = new Node.Other(Recognizer.keyword(toks));
      }
      return new Statement(span, text, map, node, Statement.Origin.PARSER, index);
    }
    Span errorSpan = null;
    if (outcome.errorStart() >= 0) {
      int s = Math.min(outcome.errorStart(), text.length());
      int e = Math.max(s, Math.min(outcome.errorEnd(), text.length()));
      if (s == text.length()) {
        Tok last = toks.get(toks.size() - 1);
        errorSpan = map.toHost(last.start(), last.end());
      } else {
        errorSpan = map.toHost(s, e);
      }
    }
    return new Statement(span, text, map, new Node.Unparsed(outcome.reason(), errorSpan),
        Statement.Origin.UNPARSED, index);
  }

  private static int depth(List<Tok> toks) {
    int d = 0;
    int max = 0;
    for (Tok k : toks) {
      if (k.isPunct("(") || k.isPunct("[")) {
        max = Math.max(max, ++d);
      } else if (k.isPunct(")") || k.isPunct("]")) {
        d--;
      }
    }
    return max;
  }
}
