package dev.godwit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.godwit.engine.LintResult;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * GitLab Code Quality report: a JSON array of issues with {@code description}, {@code check_name},
 * {@code fingerprint}, {@code severity} and {@code location} (path relative to the repository root, begin
 * and end lines). GitLab shows them in merge requests when a job declares the file as
 * {@code artifacts:reports:codequality}. Suppressed findings are left out.
 */
final class GitlabReporter implements Reporter {
  @Override
  public void report(LintResult result, ReportContext ctx, Writer out) throws IOException {
    List<Finding> findings = result.findings();
    List<String> fingerprints = Fingerprints.assign(findings);
    try (JsonGenerator gen = Json.generator(out)) {
      gen.writeStartArray();
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        if (f.suppressed()) {
          continue;
        }
        gen.writeStartObject();
        gen.writeStringField("type", "issue");
        gen.writeStringField("check_name", f.ruleId());
        gen.writeStringField("description", f.message());
        gen.writeArrayFieldStart("categories");
        gen.writeString("Bug Risk");
        gen.writeEndArray();
        gen.writeStringField("severity", severity(f.severity()));
        gen.writeStringField("fingerprint", fingerprints.get(i));
        gen.writeObjectFieldStart("location");
        gen.writeStringField("path", f.path());
        gen.writeObjectFieldStart("lines");
        gen.writeNumberField("begin", f.startLine());
        gen.writeNumberField("end", f.endLine());
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    out.write('\n');
  }

  /** GitLab's scale is info, minor, major, critical, blocker. */
  static String severity(Severity s) {
    switch (s) {
      case ERROR:
        return "major";
      case WARNING:
        return "minor";
      default:
        return "info";
    }
  }
}
