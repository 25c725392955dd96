package dev.godwit.model;

/**
 * A readable text file. {@code path} is the display path: relative to the working directory (or to
 * the repository root where one is known), with '/' separators. {@code text} is the decoded content
 * without a byte-order mark; offsets of every span refer to it.
 */
public final class SourceFile {
  private final String path;
  private final String text;
  private LineIndex lines;

  public SourceFile(String path, String text) {
    this.path = path;
    this.text = text;
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** The file name without folders. */
  public String name() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  public synchronized LineIndex lines() {
    if (lines == null) {
      lines = new LineIndex(text);
    }
    return lines;
  }

  public String slice(Span span) {
    return text.substring(span.start(), Math.min(span.end(), text.length()));
  }

  @Override
  public String toString() {
    return path;
  }
}
