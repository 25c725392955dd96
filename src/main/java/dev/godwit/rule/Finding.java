package dev.godwit.rule;

import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;

/**
 * One reported problem.
 *
 * @param path display path of the file (set even when the file could not be read)
 * @param file the file's text, or null when it could not be read (then {@code span} is empty at 0)
 * @param help the safe alternative, or null
 * @param fix a mechanical rewrite, or null
 * @param suppression set when an in-source ignore comment accepted this finding
 */
public record Finding(
    String ruleId,
    Severity severity,
    String path,
    SourceFile file,
    Span span,
    String message,
    String help,
    Fix fix,
    Suppression suppression) {

  /** An ignore comment that accepted the finding, with the reason written after it (may be empty). */
  public record Suppression(String justification) {}

  public boolean suppressed() {
    return suppression != null;
  }

  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, s, path, file, span, message, help, fix, suppression);
  }

  public Finding withSuppression(Suppression s) {
    return new Finding(ruleId, severity, path, file, span, message, help, fix, s);
  }

  /** 1-based start line (1 when the file has no text). */
  public int startLine() {
    return file == null ? 1 : file.lines().line(span.start());
  }

  public int startColumn() {
    return file == null ? 1 : file.lines().column(span.start());
  }

  /** 1-based line of the last character of the span. */
  public int endLine() {
    return file == null ? 1 : file.lines().line(Math.max(span.start(), span.end() - 1));
  }

  /** 1-based column just after the span's last character (SARIF's exclusive end column). */
  public int endColumn() {
    if (file == null) {
      return 1;
    }
    if (span.end() == span.start()) {
      return file.lines().column(span.start());
    }
    return file.lines().column(span.end() - 1) + 1;
  }
}
