package dev.godwit.report;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.model.LineIndex;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.Edit;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Fix;
import dev.godwit.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Human-readable output in the style of rustc and Ruff:
 *
 * <pre>
 * db/V2__add_index.sql:2:1: error[require-concurrent-index] Creating index ... blocks writes
 *   2 | CREATE INDEX orders_note_idx ON orders (note);
 *     | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *   = help: Use CREATE INDEX CONCURRENTLY outside a transaction.
 *   = fix (unsafe): Add CONCURRENTLY
 *   - CREATE INDEX orders_note_idx ON orders (note);
 *   + CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
 * </pre>
 *
 * Suppressed findings are left out; notifications and a summary line follow the findings.
 */
final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String CYAN = "\u001b[1;36m";
  private static final String BLUE = "\u001b[1;34m";
  private static final String GREEN = "\u001b[32m";
  private static final String DIM_RED = "\u001b[31m";

  @Override
  public void report(LintResult result, ReportContext ctx, Writer out) throws IOException {
    Style st = new Style(ctx.color());
    boolean first = true;
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int suppressed = 0;
    for (Finding f : result.findings()) {
      if (f.suppressed()) {
        suppressed++;
        continue;
      }
      switch (f.severity()) {
        case ERROR:
          errors++;
          break;
        case WARNING:
          warnings++;
          break;
        default:
          notes++;
          break;
      }
      if (!first) {
        out.write('\n');
      }
      first = false;
      writeFinding(f, st, out);
    }
    if (!first) {
      out.write('\n');
    }
    for (Notification n : result.notifications()) {
      out.write(st.paint(BOLD, "godwit") + ": " + st.paint(color(n.level()), n.level().id()) + ": ");
      if (n.path() != null) {
        out.write(printable(n.path()) + ": ");
      }
      out.write(oneLine(n.message()) + "\n");
    }
    out.write(st.paint(BOLD, summary(result, errors, warnings, notes, suppressed)) + "\n");
  }

  static String summary(LintResult r, int errors, int warnings, int notes, int suppressed) {
    List<String> parts = new ArrayList<>();
    if (errors > 0) {
      parts.add(plural(errors, "error"));
    }
    if (warnings > 0) {
      parts.add(plural(warnings, "warning"));
    }
    if (notes > 0) {
      parts.add(plural(notes, "note"));
    }
    String found = parts.isEmpty() ? "No findings" : String.join(", ", parts);
    String tail = plural(r.statements(), "statement");
    if (suppressed > 0) {
      tail += ", " + suppressed + " suppressed";
    }
    if (r.filesNothingChecked() > 0) {
      tail += "; " + plural(r.filesNothingChecked(), "file") + " with nothing Godwit could check";
    }
    return found + " in " + plural(r.files(), "file") + " (" + tail + ")";
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void writeFinding(Finding f, Style st, Writer out) throws IOException {
    String sevColor = color(f.severity());
    out.write(st.paint(BOLD, printable(f.path()) + ":" + f.startLine() + ":" + f.startColumn() + ":") + " "
        + st.paint(sevColor, f.severity().id() + "[" + f.ruleId() + "]") + " "
        + st.paint(BOLD, oneLine(f.message())) + "\n");
    SourceFile file = f.file();
    int gutter = 0;
    if (file != null) {
      LineIndex lines = file.lines();
      int line = f.startLine();
      String number = Integer.toString(line);
      gutter = number.length();
      String text = lines.lineText(line);
      int from = f.span().start() - lines.lineStart(line);
      int to = Math.min(f.span().end() - lines.lineStart(line), text.length());
      if (text.length() > MAX_SHOWN) {
        // a long line is shown as a window around the span: output stays linear in the input
        int ws = Math.max(0, Math.min(from, text.length()) - CONTEXT);
        int we = Math.min(text.length(), Math.min(Math.max(to, from) + CONTEXT, ws + MAX_SHOWN));
        String head = ws > 0 ? "..." : "";
        text = head + text.substring(ws, we) + (we < text.length() ? "..." : "");
        from = from - ws + head.length();
        to = Math.min(to, we) - ws + head.length();
      }
      out.write(st.paint(BLUE, " " + number + " |") + " " + printable(text) + "\n");
      out.write(st.paint(BLUE, " " + " ".repeat(gutter) + " |") + " "
          + st.paint(sevColor, caretLine(text, from, to)) + "\n");
    }
    String pad = " ".repeat(gutter + 1);
    if (f.help() != null) {
      out.write(pad + " " + st.paint(BOLD, "= help:") + " " + oneLine(f.help()) + "\n");
    }
    Fix fix = f.fix();
    if (fix != null && file != null && !fix.edits().isEmpty()) {
      out.write(pad + " " + st.paint(BOLD, "= fix (" + fix.applicability().name().toLowerCase(Locale.ROOT)
          .replace('_', '-') + "):") + " " + oneLine(fix.title()) + "\n");
      writeDiff(file, fix, pad, st, out);
    }
  }

  /** Padding up to {@code from} (tabs copied so the caret lines up) and carets up to {@code to}. */
  static String caretLine(String text, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < from && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        sb.append('\t');
      } else if (!Character.isLowSurrogate(c)) {
        sb.append(' ');
      }
    }
    int carets = 0;
    for (int i = from; i < to; i++) {
      if (!Character.isLowSurrogate(text.charAt(i))) {
        carets++;
      }
    }
    sb.append("^".repeat(Math.max(1, carets)));
    return sb.toString();
  }

  /** The lines the fix touches, before and after, as '-' and '+' lines. */
  private static void writeDiff(SourceFile file, Fix fix, String pad, Style st, Writer out)
      throws IOException {
    LineIndex lines = file.lines();
    List<Edit> edits = new ArrayList<>(fix.edits());
    edits.sort(Comparator.comparing(Edit::span));
    int firstLine = lines.line(edits.get(0).span().start());
    int lastLine = firstLine;
    for (Edit e : edits) {
      Span s = e.span();
      lastLine = Math.max(lastLine, lines.line(s.length() == 0 ? s.start() : s.end() - 1));
    }
    int start = lines.lineStart(firstLine);
    int end = lines.lineEnd(lastLine);
    String text = file.text();
    StringBuilder after = new StringBuilder();
    int at = start;
    for (Edit e : edits) {
      int s = Math.max(e.span().start(), at);
      after.append(text, at, s).append(e.replacement());
      at = Math.max(at, Math.min(e.span().end(), text.length()));
    }
    if (at < end) {
      after.append(text, at, end);
    }
    int focus = edits.get(0).span().start() - start; // long lines are shown around the first edit
    for (int l = firstLine; l <= lastLine; l++) {
      out.write(pad + " " + st.paint(DIM_RED, "- " + printable(clip(lines.lineText(l), focus))) + "\n");
      focus = 0;
    }
    if (after.length() > 0) {
      focus = edits.get(0).span().start() - start;
      for (String l : after.toString().split("\r\n|\r|\n", -1)) {
        out.write(pad + " " + st.paint(GREEN, "+ " + printable(clip(l, focus))) + "\n");
        focus = 0;
      }
    }
  }

  /** Source lines longer than this are shown as a window of {@link #CONTEXT} characters around the span. */
  static final int MAX_SHOWN = 240;
  static final int CONTEXT = 80;

  /** A long line cut to a window around {@code focus}, with "..." where text was left out. */
  static String clip(String line, int focus) {
    if (line.length() <= MAX_SHOWN) {
      return line;
    }
    int ws = Math.max(0, Math.min(focus, line.length()) - CONTEXT);
    int we = Math.min(line.length(), ws + MAX_SHOWN);
    return (ws > 0 ? "..." : "") + line.substring(ws, we) + (we < line.length() ? "..." : "");
  }

  /** Messages on one line, without control characters. */
  private static String oneLine(String s) {
    return s == null ? "" : printable(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
  }

  /**
   * Replaces control characters other than tab (escape sequences in a migration file or message
   * must not drive the terminal) with U+FFFD, one for one so that carets stay aligned.
   */
  static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t') || (c >= 0x7F && c < 0xA0)) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, '\uFFFD');
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String color(Severity s) {
    switch (s) {
      case ERROR:
        return RED;
      case WARNING:
        return YELLOW;
      default:
        return CYAN;
    }
  }

  /** ANSI colouring, or none. */
  private static final class Style {
    private final boolean enabled;

    Style(boolean enabled) {
      this.enabled = enabled;
    }

    String paint(String code, String s) {
      return enabled && !s.isEmpty() ? code + s + RESET : s;
    }
  }
}
