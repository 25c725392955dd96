package dev.godwit.report;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * A Markdown summary for a GitHub job summary or a merge-request comment: counts, then a table of every
 * unsuppressed finding (up to {@link #MAX_ROWS}), linking each rule to its documentation.
 */
final class MarkdownReporter implements Reporter {
  /** GitHub accepts at most 1 MiB of job summary; this many rows stay far below it. */
  static final int MAX_ROWS = 1000;

  @Override
  public void report(LintResult result, ReportContext ctx, Writer out) throws IOException {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int suppressed = 0;
    for (Finding f : result.findings()) {
      if (f.suppressed()) {
        suppressed++;
      } else {
        switch (f.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          default -> notes++;
        }
      }
    }
    out.write("### Godwit\n\n");
    out.write(TextReporter.summary(result, errors, warnings, notes, suppressed) + ".\n\n");
    int total = errors + warnings + notes;
    if (total > 0) {
      out.write("| | Location | Rule | Message |\n|---|---|---|---|\n");
      int rows = 0;
      for (Finding f : result.findings()) {
        if (f.suppressed()) {
          continue;
        }
        if (rows++ == MAX_ROWS) {
          out.write("\n… and " + (total - MAX_ROWS) + " more: see the SARIF file or the log.\n");
          break;
        }
        String icon = switch (f.severity()) {
          case ERROR -> "❌ error";
          case WARNING -> "⚠️ warning";
          default -> "ℹ️ note";
        };
        out.write("| " + icon + " | `" + cell(f.path()) + ":" + f.startLine() + ":" + f.startColumn() + "` | ["
            + f.ruleId() + "](" + ctx.helpUri(f.ruleId()) + ") | " + cell(f.message()) + " |\n");
      }
      out.write('\n');
    }
    for (Notification n : result.notifications()) {
      out.write("- **" + n.level().id() + "**: " + (n.path() == null ? "" : "`" + cell(n.path()) + "`: ")
          + cell(n.message()) + "\n");
    }
  }

  /** Text that stays inside one table cell and shows literally. */
  static String cell(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|' -> sb.append("\\|");
        case '\n', '\r' -> sb.append(' ');
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '`' -> sb.append('\'');
        default -> sb.append(c < 0x20 ? ' ' : c);
      }
    }
    return sb.toString();
  }
}
