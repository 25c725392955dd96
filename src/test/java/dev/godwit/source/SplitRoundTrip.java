package dev.godwit.source;

import dev.godwit.model.Comment;
import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The splitter's contract as a property: cutting a script into statements and joining the pieces
 * back gives the original text, and what lies between statements is only whitespace, semicolons and
 * comments. Used by the unit tests (corpus and test data) and the fuzz test.
 */
public final class SplitRoundTrip {
  private SplitRoundTrip() {}

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
    // join: statements and the text between them, in order
    StringBuilder joined = new StringBuilder(text.length());
    int at = 0;
    for (Span sp : pieces) {
      gap(text, at, sp.start(), comment);
      joined.append(text, at, sp.start()).append(text, sp.start(), sp.end());
      at = sp.end();
    }
    gap(text, at, text.length(), comment);
    joined.append(text, at, text.length());
    require(joined.toString().equals(text), "split + join differs from the original");
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
