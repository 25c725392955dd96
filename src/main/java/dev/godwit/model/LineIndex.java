package dev.godwit.model;

import java.util.Arrays;

/**
 * Maps offsets of a text to 1-based lines and columns. Lines end at LF, CRLF or a lone CR;
 * columns count UTF-16 code units (SARIF's default {@code utf16CodeUnits}).
 */
public final class LineIndex {
  private final String text;
  private final int[] lineStarts;

  public LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** 1-based line of an offset (an offset at the end of the text belongs to the last line). */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** 1-based column of an offset, in UTF-16 code units. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** End of the line's content, before its line terminator. */
  public int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** The line's text without its terminator. */
  public String lineText(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }

  /** Offset of a 1-based line and column. */
  public int offset(int line, int column) {
    return lineStarts[line - 1] + column - 1;
  }
}
