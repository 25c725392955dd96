package dev.godwit.source;

import dev.godwit.model.Comment;
import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What holds for any split, whatever the text (the exact boundaries are checked against generated
 * scripts in {@link SplitOracleTest}): statements and comments are in order and in bounds, each statement
 * starts and ends on a character that is neither space nor inside a comment, and what lies between
 * statements is only whitespace, semicolons and comments, so no text is lost. Used by the unit tests
 * (corpus and test data) and the fuzz test.
 */
public final class SplitInvariants {
  private SplitInvariants() {}

  /** Throws an AssertionError naming the offset when the property does not hold. */
  public static void check(String text) {
    SplitResult r = StatementSplitter.split(text);
    List<Span> pieces = new ArrayList<>();
    int prev = 0;
    for (RawStatement s : r.statements()) {
      Span sp = s.span();
      require(sp.start() >= prev && sp.start() <= sp.end() && sp.end() <= text.length(),
          "statement span " + sp + " out of order or bounds (previous end " + prev + ", length " + text.length() + ")");
      pieces.add(sp);
      prev = sp.end();
    }
    boolean[] comment = new boolean[text.length()];
    int prevComment = 0;
    for (Comment c : r.comments()) {
      Span sp = c.span();
      require(sp.start() >= prevComment && sp.end() <= text.length() && sp.start() < sp.end(),
          "comment span " + sp + " out of order or bounds");
      prevComment = sp.end();
      for (int i = sp.start(); i < sp.end(); i++) {
        comment[i] = true;
      }
    }
    int at = 0;
    for (RawStatement st : r.statements()) {
      Span sp = st.span();
      gap(text, at, sp.start(), comment);
      if (sp.end() > sp.start() && st.problem() == null) {
        char first = text.charAt(sp.start());
        char last = text.charAt(sp.end() - 1);
        require(!StatementSplitter.isSpace(first) && !comment[sp.start()],
            "statement " + sp + " starts on a space or inside a comment");
        require(!StatementSplitter.isSpace(last), "statement " + sp + " ends on a space");
      }
      at = sp.end();
    }
    gap(text, at, text.length(), comment);
  }

  private static void gap(String text, int from, int to, boolean[] comment) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      require(comment[i] || c == ';' || StatementSplitter.isSpace(c),
          "text outside every statement and comment at offset " + i + ": '" + c + "'");
    }
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
