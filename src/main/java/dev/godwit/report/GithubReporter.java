package dev.godwit.report;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=..,line=..::message}), one per unsuppressed
 * finding, then one per notification. GitHub shows at most 10 annotations of each level per step;
 * the rest are dropped, so pair this format with SARIF or text output for the full list.
 */
final class GithubReporter implements Reporter {
  @Override
  public void report(LintResult result, ReportContext ctx, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      if (f.suppressed()) {
        continue;
      }
      StringBuilder line = new StringBuilder("::").append(command(f.severity()));
      line.append(" file=").append(escapeProperty(f.path()));
      if (f.file() != null) {
        line.append(",line=").append(f.startLine());
        line.append(",endLine=").append(f.endLine());
        line.append(",col=").append(f.startColumn());
        line.append(",endColumn=").append(f.endColumn());
      } else {
        line.append(",line=1");
      }
      line.append(",title=").append(escapeProperty(f.ruleId()));
      String message = f.message();
      if (f.help() != null && !f.help().isEmpty()) {
        message = message + "\nhelp: " + f.help();
      }
      line.append("::").append(escapeData(message)).append('\n');
      out.write(line.toString());
    }
    for (Notification n : result.notifications()) {
      String message = n.path() == null ? n.message() : n.path() + ": " + n.message();
      out.write("::" + command(n.level()) + "::" + escapeData("godwit: " + message) + "\n");
    }
  }

  static String command(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "notice";
    }
  }

  /** Escapes the message of a workflow command (as {@code escapeData} in actions/toolkit). */
  static String escapeData(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value of a workflow command (as {@code escapeProperty} in actions/toolkit). */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
