package dev.godwit.format.host;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Python tokenizer, enough to read migration modules without running them: names, numbers,
 * strings of every quote kind and prefix (raw, bytes, f-strings, triple quotes), operators, comments,
 * bracket nesting and backslash continuation. Each token knows the indentation of the logical line it
 * belongs to and whether it starts one.
 */
public final class PyTokenizer {
  public enum Kind { NAME, NUMBER, STRING, OP, COMMENT }

  /**
   * @param lineStart true for the first token of a logical line
   * @param indent the indentation (columns) of its logical line
   */
  public record Tok(Kind kind, int start, int end, String text, boolean lineStart, int indent) {
    public boolean is(String s) {
      return text.equals(s);
    }
  }

  private PyTokenizer() {}

  public static List<Tok> tokenize(String s) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    int depth = 0;
    boolean atLineStart = true;
    int indent = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (atLineStart && depth == 0) {
        int col = 0;
        int k = i;
        while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
          col += s.charAt(k) == '\t' ? 8 - col % 8 : 1;
          k++;
        }
        if (k < n && (s.charAt(k) == '\n' || s.charAt(k) == '\r' || s.charAt(k) == '#')) {
          // blank or comment-only line: no logical line starts here
          if (s.charAt(k) == '#') {
            int e = lineEnd(s, k);
            out.add(new Tok(Kind.COMMENT, k, e, s.substring(k, e), false, col));
            i = e;
          } else {
            i = k + 1;
          }
          continue;
        }
        indent = col;
        i = k;
        if (i >= n) {
          break;
        }
        c = s.charAt(i);
      }
      boolean first = atLineStart && depth == 0;
      if (c == '\n') {
        if (depth == 0) {
          atLineStart = true;
        }
        i++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        i++;
        continue;
      }
      if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
        i += s.charAt(i + 1) == '\r' && i + 2 < n && s.charAt(i + 2) == '\n' ? 3 : 2; // continuation
        continue;
      }
      if (c == '#') {
        int e = lineEnd(s, i);
        out.add(new Tok(Kind.COMMENT, i, e, s.substring(i, e), false, indent));
        i = e;
        continue;
      }
      atLineStart = false;
      int strAt = stringStart(s, i);
      if (strAt >= 0) {
        int e = stringEnd(s, i, strAt);
        out.add(new Tok(Kind.STRING, i, e, s.substring(i, e), first, indent));
        i = e;
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int e = i + 1;
        while (e < n && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_')) {
          e++;
        }
        out.add(new Tok(Kind.NAME, i, e, s.substring(i, e), first, indent));
        i = e;
        continue;
      }
      if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
        int e = i + 1;
        while (e < n && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '.' || s.charAt(e) == '_')) {
          e++;
        }
        out.add(new Tok(Kind.NUMBER, i, e, s.substring(i, e), first, indent));
        i = e;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
      int e = i + 1;
      if (e < n && "=!<>*/-+:".indexOf(c) >= 0 && (s.charAt(e) == '=' || (c == '-' && s.charAt(e) == '>')
          || (c == '*' && s.charAt(e) == '*') || (c == '/' && s.charAt(e) == '/'))) {
        e++;
      }
      out.add(new Tok(Kind.OP, i, e, s.substring(i, e), first, indent));
      i = e;
    }
    return out;
  }

  private static int lineEnd(String s, int i) {
    int e = i;
    while (e < s.length() && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
      e++;
    }
    return e;
  }

  /** If a string literal (with optional prefix) starts at i: the offset of its first quote, else -1. */
  public static int stringStart(String s, int i) {
    int k = i;
    while (k < s.length() && k - i < 3 && "rRbBuUfF".indexOf(s.charAt(k)) >= 0) {
      k++;
    }
    if (k < s.length() && (s.charAt(k) == '\'' || s.charAt(k) == '"')) {
      if (k > i && i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
        return -1;
      }
      return k;
    }
    return -1;
  }

  private static int stringEnd(String s, int start, int q) {
    String prefix = s.substring(start, q).toLowerCase();
    boolean raw = prefix.contains("r");
    char quote = s.charAt(q);
    boolean triple = q + 2 < s.length() && s.charAt(q + 1) == quote && s.charAt(q + 2) == quote;
    int i = q + (triple ? 3 : 1);
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (!triple && (c == '\n')) {
        return i; // unterminated: stop at the line end
      }
      if (c == quote) {
        if (!triple) {
          return i + 1;
        }
        if (i + 2 < s.length() && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote) {
          return i + 3;
        }
      }
      i++;
    }
    return s.length();
  }

  /** True for f-strings (whose value Godwit cannot know when they interpolate). */
  public static boolean isFString(Tok t) {
    int q = stringStart(t.text(), 0);
    return q > 0 && t.text().substring(0, q).toLowerCase().contains("f");
  }

  /** The value of a string token, with host offsets ({@code base} is the token's start in the file). */
  public static SqlText value(String src, Tok t) {
    int q = stringStart(src, t.start());
    String prefix = src.substring(t.start(), q).toLowerCase();
    boolean raw = prefix.contains("r");
    char quote = src.charAt(q);
    boolean triple = q + 2 < src.length() && src.charAt(q + 1) == quote && src.charAt(q + 2) == quote;
    int from = q + (triple ? 3 : 1);
    int to = Math.max(from, t.end() - (triple ? 3 : 1));
    SqlText out = new SqlText().literal(SqlText.python(prefix, quote, triple));
    int i = from;
    while (i < to) {
      char c = src.charAt(i);
      if (c != '\\' || raw || i + 1 >= to) {
        if (raw && c == '\\' && i + 1 < to) {
          out.append(c, i);
          out.append(src.charAt(i + 1), i + 1);
          i += 2;
          continue;
        }
        out.append(c, i);
        i++;
        continue;
      }
      char n = src.charAt(i + 1);
      switch (n) {
        case '\n' -> i += 2;
        case 'n' -> { out.append('\n', i); i += 2; }
        case 't' -> { out.append('\t', i); i += 2; }
        case 'r' -> { out.append('\r', i); i += 2; }
        case '\\', '\'', '"' -> { out.append(n, i); i += 2; }
        case 'x' -> {
          try {
            out.append((char) Integer.parseInt(src.substring(i + 2, Math.min(to, i + 4)), 16), i);
            i += 4;
          } catch (NumberFormatException e) {
            out.append('\\', i);
            i++;
          }
        }
        case 'u' -> {
          try {
            out.append((char) Integer.parseInt(src.substring(i + 2, Math.min(to, i + 6)), 16), i);
            i += 6;
          } catch (NumberFormatException e) {
            out.append('\\', i);
            i++;
          }
        }
        default -> { out.append('\\', i); i++; }
      }
    }
    out.end(to);
    return out;
  }
}
