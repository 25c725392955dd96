package dev.godwit.report;

import dev.godwit.model.LineIndex;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.Finding;

/**
 * Line and column of a span, in the convention of {@link Finding}: 1-based, UTF-16 columns, the end
 * line is the line of the last character and the end column is just after it (exclusive).
 */
record Positions(int startLine, int startColumn, int endLine, int endColumn) {

  static Positions of(Finding f) {
    return new Positions(f.startLine(), f.startColumn(), f.endLine(), f.endColumn());
  }

  static Positions of(SourceFile file, Span span) {
    LineIndex lines = file.lines();
    int startLine = lines.line(span.start());
    int startColumn = lines.column(span.start());
    if (span.length() == 0) {
      return new Positions(startLine, startColumn, startLine, startColumn);
    }
    int last = span.end() - 1;
    return new Positions(startLine, startColumn, lines.line(last), lines.column(last) + 1);
  }
}
