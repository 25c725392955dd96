package dev.godwit.source;

import dev.godwit.model.Comment;
import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL script into statements the way psql does: at semicolons outside quotes, comments,
 * dollar quotes, parentheses and {@code BEGIN ATOMIC ... END} bodies. Runs in linear time; an
 * unterminated quote or comment ends the statement at the end of the region and is reported on it.
 */
public final class StatementSplitter {
  private final String text;
  private final int end;
  private final List<RawStatement> statements = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();

  private int stmtStart = -1; // first token of the current statement, -1 before it
  private int stmtEnd = -1; // end of its last token
  private int parenDepth;
  private int atomicDepth;
  private String problem;
  private int problemAt;
  // the last two words of the current statement (lower case), to spot BEGIN ATOMIC
  private String lastWord = "";
  private boolean createsRoutine;
  private int wordCount;

  private StatementSplitter(String text, int end) {
    this.text = text;
    this.end = end;
  }

  /** Splits the whole text. */
  public static SplitResult split(String text) {
    return split(text, 0, text.length());
  }

  /** Splits the region {@code [from, to)} of the text; spans are offsets into the whole text. */
  public static SplitResult split(String text, int from, int to) {
    StatementSplitter s = new StatementSplitter(text, to);
    s.run(from);
    return new SplitResult(List.copyOf(s.statements), List.copyOf(s.comments));
  }

  /** Whitespace as PostgreSQL sees it, plus the non-breaking space editors paste in. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == '\u00a0'
        || c == '\ufeff';
  }

  /** As the parser's lexer: a character from U+0080 on is part of a name, except the spaces above. */
  static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_' || c >= 0x80 && !isSpace(c);
  }

  static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80 && !isSpace(c);
  }

  private void run(int from) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
        i = lineComment(i);
      } else if (c == '/' && i + 1 < end && text.charAt(i + 1) == '*') {
        i = blockComment(i);
      } else if (c == '\\' && stmtStart < 0 && atLineStart(i)) {
        i = metaCommand(i);
      } else if (c == ';' && parenDepth == 0 && atomicDepth == 0) {
        finishStatement();
        i++;
      } else {
        if (stmtStart < 0) {
          stmtStart = i;
        }
        i = token(i);
        stmtEnd = i;
      }
    }
    finishStatement();
  }

  private boolean atLineStart(int i) {
    for (int j = i - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\u00a0' && c != '\ufeff') {
        return false;
      }
    }
    return true;
  }

  private int lineComment(int i) {
    int j = i + 2;
    while (j < end && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
      j++;
    }
    comments.add(new Comment(new Span(i, j), text.substring(i + 2, j)));
    return j;
  }

  private int blockComment(int i) {
    int depth = 1;
    int j = i + 2;
    while (j < end && depth > 0) {
      char c = text.charAt(j);
      if (c == '/' && j + 1 < end && text.charAt(j + 1) == '*') {
        depth++;
        j += 2;
      } else if (c == '*' && j + 1 < end && text.charAt(j + 1) == '/') {
        depth--;
        j += 2;
      } else {
        j++;
      }
    }
    if (depth > 0) {
      noteProblem("unterminated /* comment", i);
      comments.add(new Comment(new Span(i, end), text.substring(i + 2, end)));
      if (stmtStart >= 0) {
        stmtEnd = end;
      } else {
        statements.add(new RawStatement(new Span(i, end), false, problem, problemAt));
        problem = null;
      }
      return end;
    }
    comments.add(new Comment(new Span(i, j), text.substring(i + 2, j - 2)));
    return j;
  }

  /** A psql meta-command runs to the end of its line. */
  private int metaCommand(int i) {
    int j = i;
    while (j < end && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
      j++;
    }
    int e = j;
    while (e > i && isSpace(text.charAt(e - 1))) {
      e--;
    }
    statements.add(new RawStatement(new Span(i, e), true, null, -1));
    return j;
  }

  /** Consumes one token starting at {@code i} (not space, not comment) and returns its end. */
  private int token(int i) {
    char c = text.charAt(i);
    if (c == '\'') {
      boolean escapes = i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
          && (i < 2 || !isIdentPart(text.charAt(i - 2)));
      return quoted(i, '\'', escapes);
    }
    if (c == '"') {
      return quoted(i, '"', false);
    }
    if (c == '$') {
      int close = dollarTagEnd(i);
      if (close > 0) {
        String tag = text.substring(i, close);
        int body = text.indexOf(tag, close);
        if (body < 0 || body + tag.length() > end) {
          noteProblem("unterminated dollar quote " + tag + "", i);
          return end;
        }
        return body + tag.length();
      }
      return i + 1;
    }
    if (c == '(') {
      parenDepth++;
      return i + 1;
    }
    if (c == ')') {
      if (parenDepth > 0) {
        parenDepth--;
      }
      return i + 1;
    }
    if (isIdentStart(c)) {
      int j = i + 1;
      while (j < end && isIdentPart(text.charAt(j))) {
        j++;
      }
      // E'...' / U&'...' / B'...' string prefixes: let the quote be the next token
      word(text.substring(i, j));
      return j;
    }
    return i + 1;
  }

  /** Tracks CREATE FUNCTION ... BEGIN ATOMIC ... END, whose body holds semicolons. */
  private void word(String w) {
    String lw = w.toLowerCase(java.util.Locale.ROOT);
    wordCount++;
    if (wordCount <= 4 && (lw.equals("function") || lw.equals("procedure"))) {
      createsRoutine = true;
    }
    if (createsRoutine) {
      if (lw.equals("atomic") && lastWord.equals("begin")) {
        atomicDepth++;
      } else if (atomicDepth > 0 && lw.equals("case")) {
        atomicDepth++;
      } else if (atomicDepth > 0 && lw.equals("end")) {
        atomicDepth--;
      }
    }
    lastWord = lw;
  }

  private int quoted(int i, char q, boolean backslashEscapes) {
    int j = i + 1;
    while (j < end) {
      char c = text.charAt(j);
      if (backslashEscapes && c == '\\') {
        j += 2;
      } else if (c == q) {
        if (j + 1 < end && text.charAt(j + 1) == q) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    noteProblem("unterminated " + (q == '"' ? "quoted identifier" : "string") + "", i);
    return end;
  }

  /** If a dollar-quote opening tag ({@code $$} or {@code $tag$}) starts at i, returns its end; else -1. */
  private int dollarTagEnd(int i) {
    if (i > 0 && isIdentPart(text.charAt(i - 1))) {
      return -1; // part of an identifier such as a$b
    }
    int j = i + 1;
    if (j < end && text.charAt(j) == '$') {
      return j + 1;
    }
    if (j >= end || !isIdentStart(text.charAt(j))) {
      return -1; // $1 parameter, ${placeholder}, lone $
    }
    while (j < end && text.charAt(j) != '$') {
      char c = text.charAt(j);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c >= 0x80)) {
        return -1;
      }
      j++;
    }
    return j < end ? j + 1 : -1;
  }

  private void noteProblem(String what, int offset) {
    if (problem == null) {
      problem = what;
      problemAt = offset;
    }
  }

  private void finishStatement() {
    if (stmtStart >= 0) {
      statements.add(new RawStatement(new Span(stmtStart, Math.max(stmtStart, stmtEnd)), false, problem, problemAt));
    }
    stmtStart = -1;
    stmtEnd = -1;
    parenDepth = 0;
    atomicDepth = 0;
    problem = null;
    problemAt = -1;
    lastWord = "";
    createsRoutine = false;
    wordCount = 0;
  }
}
