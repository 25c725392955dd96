package dev.godwit.report;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per finding in the format of GCC's diagnostics, which editors (Emacs compilation mode, Vim's
 * quickfix list) and CI log parsers understand: {@code file:line:col: severity: message [rule-id]}.
 * Severities are {@code error}, {@code warning} and {@code note}; suppressed findings are left out.
 */
final class GccReporter implements Reporter {
  @Override
  public void report(LintResult result, ReportContext ctx, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      if (f.suppressed()) {
        continue;
      }
      out.write(oneLine(f.path()) + ":" + f.startLine() + ":" + f.startColumn() + ": " + f.severity().id() + ": "
          + oneLine(f.message()) + " [" + f.ruleId() + "]\n");
    }
    for (Notification n : result.notifications()) {
      out.write((n.path() == null ? "godwit" : oneLine(n.path())) + ": " + n.level().id() + ": "
          + oneLine(n.message()) + "\n");
    }
  }

  private static String oneLine(String s) {
    return TextReporter.printable(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
  }
}
