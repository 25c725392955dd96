package dev.godwit.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement-local PostgreSQL lexer. It never throws: an unterminated string, quoted identifier,
 * dollar quote or comment simply runs to the end of the text (and is flagged through {@link
 * Tok#unterminated()}). Comments and whitespace (including U+00A0) are skipped.
 */
final class Lexer {

  private final String s;
  private final int n;
  private int i;
  private final List<Tok> out = new ArrayList<>();

  private Lexer(String s) {
    this.s = s;
    this.n = s.length();
  }

  static List<Tok> lex(String sql) {
    Lexer lx = new Lexer(sql);
    lx.run();
    return lx.out;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
        || c == '\uFEFF' || Character.isWhitespace(c);
  }

  static boolean isIdentStart(char c) {
    return c == '_' || Character.isLetter(c) || c >= 0x80 && !isSpace(c) && !Character.isISOControl(c);
  }

  static boolean isIdentPart(char c) {
    return isIdentStart(c) || c == '$' || c >= '0' && c <= '9';
  }

  private static final String OP_CHARS = "+-*/<>=~!@#%^&|`?";

  private void run() {
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (c == '-' && peek(1) == '-') {
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && peek(1) == '*') {
        blockComment();
      } else if (c == '\'') {
        quoted(i, i, '\'', Tok.Kind.STRING, false);
      } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
        quoted(i, i + 1, '\'', Tok.Kind.STRING, true);
      } else if ((c == 'B' || c == 'b' || c == 'X' || c == 'x' || c == 'N' || c == 'n') && peek(1) == '\'') {
        quoted(i, i + 1, '\'', Tok.Kind.STRING, false);
      } else if ((c == 'U' || c == 'u') && peek(1) == '&' && (peek(2) == '\'' || peek(2) == '"')) {
        char q = peek(2);
        quoted(i, i + 2, q, q == '\'' ? Tok.Kind.STRING : Tok.Kind.QIDENT, false);
      } else if (c == '"') {
        quoted(i, i, '"', Tok.Kind.QIDENT, false);
      } else if (c == '$' && dollarTagEnd(i) > 0) {
        dollarQuote();
      } else if (c == '$' && peek(1) == '{') {
        placeholder();
      } else if (c == '$' && Character.isDigit(peek(1))) {
        int st = i++;
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
        add(Tok.Kind.PARAM, st, i, s.substring(st, i), false);
      } else if (isIdentStart(c)) {
        int st = i;
        boolean placeholder = false;
        while (i < n) {
          if (s.charAt(i) == '$' && peek(1) == '{' && placeholderEnd(i) > 0) {
            i = placeholderEnd(i);
            placeholder = true;
          } else if (isIdentPart(s.charAt(i))) {
            i++;
          } else {
            break;
          }
        }
        String raw = s.substring(st, i);
        add(placeholder ? Tok.Kind.PLACEHOLDER : Tok.Kind.WORD, st, i,
            placeholder ? raw : raw.toLowerCase(java.util.Locale.ROOT), false);
      } else if (Character.isDigit(c) || c == '.' && Character.isDigit(peek(1))) {
        number();
      } else if (c == ':' && peek(1) == ':') {
        add(Tok.Kind.OP, i, i + 2, "::", false);
        i += 2;
      } else if (c == ':' && (peek(1) == '\'' || peek(1) == '"') && (i == 0 || s.charAt(i - 1) != ':')) {
        int st = i;
        char q = peek(1);
        i += 2;
        while (i < n && s.charAt(i) != q) {
          i++;
        }
        boolean unterminated = i >= n;
        i = Math.min(n, i + 1);
        add(Tok.Kind.PSQLVAR, st, i, s.substring(st, i), unterminated);
      } else if (c == ':' && isIdentStart(peek(1)) && (i == 0 || s.charAt(i - 1) != ':')) {
        int st = i++;
        while (i < n && isIdentPart(s.charAt(i))) {
          i++;
        }
        add(Tok.Kind.PSQLVAR, st, i, s.substring(st, i), false);
      } else if (OP_CHARS.indexOf(c) >= 0) {
        int st = i;
        while (i < n && OP_CHARS.indexOf(s.charAt(i)) >= 0
            && !(s.charAt(i) == '-' && peek(1) == '-')
            && !(s.charAt(i) == '/' && peek(1) == '*')) {
          i++;
        }
        if (i == st) {
          i++;
        }
        add(Tok.Kind.OP, st, i, s.substring(st, i), false);
      } else {
        // punctuation: ( ) [ ] , ; . : and anything unknown, one char each
        add(Tok.Kind.PUNCT, i, i + 1, String.valueOf(c), false);
        i++;
      }
    }
  }

  private char peek(int k) {
    return i + k < n ? s.charAt(i + k) : '\0';
  }

  private void add(Tok.Kind kind, int st, int en, String value, boolean unterminated) {
    out.add(new Tok(kind, value, s.substring(st, en), st, en, unterminated));
  }

  private void blockComment() {
    int depth = 0;
    while (i < n) {
      if (s.charAt(i) == '/' && peek(1) == '*') {
        depth++;
        i += 2;
      } else if (s.charAt(i) == '*' && peek(1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return;
        }
      } else {
        i++;
      }
    }
  }

  /** A quoted string or identifier; {@code open} is the offset of the opening quote. */
  private void quoted(int st, int open, char q, Tok.Kind kind, boolean backslash) {
    StringBuilder v = new StringBuilder();
    i = open + 1;
    boolean closed = false;
    while (i < n) {
      char c = s.charAt(i);
      if (backslash && c == '\\' && i + 1 < n) {
        char d = s.charAt(i + 1);
        switch (d) {
          case 'n' -> v.append('\n');
          case 't' -> v.append('\t');
          case 'r' -> v.append('\r');
          case 'b' -> v.append('\b');
          case 'f' -> v.append('\f');
          default -> v.append(d);
        }
        i += 2;
      } else if (c == q) {
        if (peek(1) == q) {
          v.append(q);
          i += 2;
        } else {
          i++;
          closed = true;
          break;
        }
      } else {
        v.append(c);
        i++;
      }
    }
    String value = kind == Tok.Kind.STRING ? v.toString() : v.toString();
    add(kind, st, i, value, !closed);
    if (backslash) {
      out.set(out.size() - 1, out.get(out.size() - 1).withEscape());
    }
  }

  /** If a dollar-quote tag starts at {@code at}, the offset just after its closing '$', else -1. */
  private int dollarTagEnd(int at) {
    int j = at + 1;
    if (j < n && s.charAt(j) == '$') {
      return j + 1;
    }
    if (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
      while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
        j++;
      }
      if (j < n && s.charAt(j) == '$') {
        return j + 1;
      }
    }
    return -1;
  }

  private void dollarQuote() {
    int st = i;
    int tagEnd = dollarTagEnd(i);
    String tag = s.substring(i, tagEnd);
    int close = s.indexOf(tag, tagEnd);
    if (close < 0) {
      i = n;
      add(Tok.Kind.DOLLAR, st, n, s.substring(tagEnd), true);
      out.set(out.size() - 1, out.get(out.size() - 1).withBody(tagEnd, n));
    } else {
      i = close + tag.length();
      add(Tok.Kind.DOLLAR, st, i, s.substring(tagEnd, close), false);
      out.set(out.size() - 1, out.get(out.size() - 1).withBody(tagEnd, close));
    }
  }

  /** If a Flyway placeholder {@code ${name}} starts at {@code at}, the offset past its '}', else -1. */
  private int placeholderEnd(int at) {
    int close = s.indexOf('}', at);
    int nl = s.indexOf('\n', at);
    if (close < 0 || nl >= 0 && nl < close || close == at + 2) {
      return -1;
    }
    return close + 1;
  }

  private void placeholder() {
    int st = i;
    int e = placeholderEnd(i);
    if (e < 0) {
      add(Tok.Kind.PUNCT, i, i + 1, "$", false);
      i++;
      return;
    }
    i = e;
    while (i < n) {
      if (s.charAt(i) == '$' && peek(1) == '{' && placeholderEnd(i) > 0) {
        i = placeholderEnd(i);
      } else if (isIdentPart(s.charAt(i))) {
        i++;
      } else {
        break;
      }
    }
    add(Tok.Kind.PLACEHOLDER, st, i, s.substring(st, i), false);
  }

  private void number() {
    int st = i;
    if (s.charAt(i) == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O'
        || peek(1) == 'b' || peek(1) == 'B') && Character.isLetterOrDigit(peek(2))) {
      i += 2;
      while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
        i++;
      }
    } else {
      while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
        i++;
      }
      if (i < n && s.charAt(i) == '.' && peek(1) != '.') {
        i++;
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
      }
      if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')
          && (Character.isDigit(peek(1)) || (peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2)))) {
        i += 2;
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
      }
    }
    add(Tok.Kind.NUMBER, st, i, s.substring(st, i), false);
  }
}
