package dev.godwit.format.host;

import dev.godwit.model.OffsetMap;
import java.util.Arrays;

/**
 * SQL assembled from string literals of a host file (Java, Python, XML): the characters, and for each
 * the offset in the host file where it is written (the start of its escape sequence when escaped).
 */
public final class SqlText {
  private final StringBuilder chars = new StringBuilder();
  private int[] offsets = new int[16];
  private OffsetMap.Escaper[] escapers = new OffsetMap.Escaper[16];
  private OffsetMap.Escaper literal;
  private int end = -1;
  private boolean endIsLiteral;

  /**
   * The literal the characters appended from now on are written in (null: not a string literal, such as
   * a number concatenated into the SQL): fixes insert text there with its escaping.
   */
  public SqlText literal(OffsetMap.Escaper escaper) {
    literal = escaper;
    return this;
  }

  public void append(char c, int hostOffset) {
    append(c, hostOffset, literal);
  }

  private void append(char c, int hostOffset, OffsetMap.Escaper escaper) {
    if (chars.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
      escapers = Arrays.copyOf(escapers, escapers.length * 2);
    }
    offsets[chars.length()] = hostOffset;
    escapers[chars.length()] = escaper;
    chars.append(c);
    end = hostOffset + 1;
    endIsLiteral = false;
  }

  public void append(SqlText other) {
    for (int i = 0; i < other.chars.length(); i++) {
      append(other.chars.charAt(i), other.offsets[i], other.escapers[i]);
    }
    if (other.end >= 0) {
      end = other.end;
      endIsLiteral = other.endIsLiteral;
    }
  }

  /** Where an offset past the last character goes (the closing quote). */
  public void end(int hostOffset) {
    end = hostOffset;
    endIsLiteral = literal != null;
  }

  public int length() {
    return chars.length();
  }

  @Override
  public String toString() {
    return chars.toString();
  }

  public OffsetMap map() {
    int n = chars.length();
    return OffsetMap.table(Arrays.copyOf(offsets, n), Math.max(end, 0), Arrays.copyOf(escapers, n),
        endIsLiteral ? end : -1);
  }

  // ---- escaping of host literals, for fixes ----------------------------------------------------

  /**
   * A Python string literal: {@code prefix} its letters (r, b, u, f in any case), {@code quote} its quote
   * character. Refuses what the literal cannot hold as written: a backslash or the quote in a raw string,
   * a line break in a one-line raw string, and {@code %}, which DB-API drivers read as a placeholder when
   * the call passes parameters. Doubles braces in f-strings.
   */
  public static OffsetMap.Escaper python(String prefix, char quote, boolean triple) {
    String p = prefix.toLowerCase(java.util.Locale.ROOT);
    boolean raw = p.contains("r");
    boolean f = p.contains("f");
    return text -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '%' || c < ' ' && c != '\n' && c != '\t') {
          return null;
        }
        if (c == '\\' || c == quote || c == '\n' && !triple) {
          if (raw) {
            return null;
          }
          sb.append(c == '\n' ? "\\n" : "\\" + c);
        } else if (f && (c == '{' || c == '}')) {
          sb.append(c).append(c);
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    };
  }

  /** A Java string literal {@code "..."}. */
  public static final OffsetMap.Escaper JAVA_STRING = text -> {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < ' ') {
            return null;
          }
          sb.append(c);
        }
      }
    }
    return sb.toString();
  };

  /**
   * A Java text block. A line break is refused: the new line would change the block's indentation, and
   * with it every line of the SQL.
   */
  public static final OffsetMap.Escaper JAVA_TEXT_BLOCK = text -> {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        sb.append('\\').append(c);
      } else if (c < ' ' && c != '\t') {
        return null;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  };

  // ---- Java literals -------------------------------------------------------------------------

  /** The value of the Java string literal whose opening quote is at {@code q}. */
  public static SqlText javaString(String src, int q) {
    SqlText out = new SqlText().literal(JAVA_STRING);
    int i = q + 1;
    while (i < src.length() && src.charAt(i) != '"' && src.charAt(i) != '\n') {
      i = javaChar(src, i, out);
    }
    out.end(i);
    return out;
  }

  /** The value of the Java text block whose opening {@code """} is at {@code q}. */
  public static SqlText javaTextBlock(String src, int q) {
    int i = q + 3;
    while (i < src.length() && src.charAt(i) != '\n') {
      i++;
    }
    int contentStart = Math.min(src.length(), i + 1);
    int close = src.indexOf("\"\"\"", contentStart);
    while (close > 0 && src.charAt(close - 1) == '\\') {
      close = src.indexOf("\"\"\"", close + 3);
    }
    if (close < 0) {
      close = src.length();
    }
    // lines of the content; the closing delimiter's line counts for indentation when only blanks precede it
    java.util.List<int[]> lines = new java.util.ArrayList<>();
    int ls = contentStart;
    for (int k = contentStart; k <= close; k++) {
      if (k == close || src.charAt(k) == '\n') {
        lines.add(new int[] {ls, k});
        ls = k + 1;
      }
    }
    int indent = Integer.MAX_VALUE;
    for (int li = 0; li < lines.size(); li++) {
      int[] l = lines.get(li);
      boolean last = li == lines.size() - 1;
      int ws = 0;
      while (l[0] + ws < l[1] && (src.charAt(l[0] + ws) == ' ' || src.charAt(l[0] + ws) == '\t')) {
        ws++;
      }
      boolean blank = l[0] + ws == l[1] || (l[1] - l[0] == ws + 1 && src.charAt(l[1] - 1) == '\r');
      if (!blank || last) {
        indent = Math.min(indent, ws);
      }
    }
    if (indent == Integer.MAX_VALUE) {
      indent = 0;
    }
    SqlText raw = new SqlText();
    for (int li = 0; li < lines.size(); li++) {
      int[] l = lines.get(li);
      boolean last = li == lines.size() - 1;
      int s = Math.min(l[0] + indent, l[1]);
      int e = l[1];
      while (e > s && (src.charAt(e - 1) == ' ' || src.charAt(e - 1) == '\t' || src.charAt(e - 1) == '\r')) {
        e--;
      }
      for (int k = s; k < e; k++) {
        raw.append(src.charAt(k), k);
      }
      if (!last) {
        raw.append('\n', l[1]);
      }
    }
    // escapes after stripping, as the JLS says
    SqlText out = new SqlText().literal(JAVA_TEXT_BLOCK);
    String r = raw.toString();
    int k = 0;
    while (k < r.length()) {
      char c = r.charAt(k);
      if (c == '\\' && k + 1 < r.length()) {
        char n = r.charAt(k + 1);
        if (n == '\n') {
          k += 2; // line continuation
          continue;
        }
        SqlText one = new SqlText();
        int next = javaChar(r, k, one);
        for (int x = 0; x < one.length(); x++) {
          out.append(one.chars.charAt(x), raw.offsets[k], JAVA_TEXT_BLOCK);
        }
        k = next;
        continue;
      }
      out.append(c, raw.offsets[k]);
      k++;
    }
    out.end(close);
    return out;
  }

  /** Decodes one (possibly escaped) character at {@code i}; returns the index after it. */
  private static int javaChar(String src, int i, SqlText out) {
    char c = src.charAt(i);
    if (c != '\\' || i + 1 >= src.length()) {
      out.append(c, i);
      return i + 1;
    }
    char n = src.charAt(i + 1);
    switch (n) {
      case 'n' -> out.append('\n', i);
      case 't' -> out.append('\t', i);
      case 'r' -> out.append('\r', i);
      case 'b' -> out.append('\b', i);
      case 'f' -> out.append('\f', i);
      case 's' -> out.append(' ', i);
      case 'u' -> {
        int k = i + 1;
        while (k < src.length() && src.charAt(k) == 'u') {
          k++;
        }
        if (k + 4 <= src.length()) {
          try {
            out.append((char) Integer.parseInt(src.substring(k, k + 4), 16), i);
            return k + 4;
          } catch (NumberFormatException e) {
            // fall through: keep the text
          }
        }
        out.append(n, i);
      }
      default -> {
        if (n >= '0' && n <= '7') {
          int k = i + 1;
          int v = 0;
          int max = n <= '3' ? 3 : 2;
          while (k < src.length() && k - i - 1 < max && src.charAt(k) >= '0' && src.charAt(k) <= '7') {
            v = v * 8 + (src.charAt(k) - '0');
            k++;
          }
          out.append((char) v, i);
          return k;
        }
        out.append(n, i);
      }
    }
    return i + 2;
  }
}
