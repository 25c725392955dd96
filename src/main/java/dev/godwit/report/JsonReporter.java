package dev.godwit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.godwit.engine.FileSummary;
import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.rule.Edit;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Fix;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A small, stable JSON document for scripts. Every key is always present (null when it does not
 * apply), so consumers need not test for absence; suppressed findings are included. {@code files} lists
 * every file read, with its format, its statements, how many Godwit could check and why not the others.
 */
final class JsonReporter implements Reporter {
  @Override
  public void report(LintResult result, ReportContext ctx, Writer out) throws IOException {
    List<Finding> findings = result.findings();
    List<String> fingerprints = Fingerprints.assign(findings);
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int suppressed = 0;
    try (JsonGenerator gen = Json.generator(out)) {
      gen.writeStartObject();
      gen.writeStringField("version", ctx.toolVersion());
      gen.writeArrayFieldStart("findings");
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        if (f.suppressed()) {
          suppressed++;
        } else {
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
        }
        Positions p = Positions.of(f);
        gen.writeStartObject();
        gen.writeStringField("ruleId", f.ruleId());
        gen.writeStringField("severity", f.severity().id());
        gen.writeStringField("path", f.path());
        writePositions(gen, p);
        gen.writeStringField("message", f.message());
        Json.stringOrNull(gen, "help", f.help());
        gen.writeBooleanField("suppressed", f.suppressed());
        Json.stringOrNull(gen, "justification", f.suppressed() ? f.suppression().justification() : null);
        gen.writeStringField("fingerprint", fingerprints.get(i));
        writeFix(gen, f);
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("notifications");
      for (Notification n : result.notifications()) {
        gen.writeStartObject();
        gen.writeStringField("level", n.level().id());
        gen.writeStringField("message", n.message());
        Json.stringOrNull(gen, "path", n.path());
        Json.stringOrNull(gen, "ruleId", n.ruleId());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("files");
      for (FileSummary s : result.fileSummaries()) {
        gen.writeStartObject();
        gen.writeStringField("path", s.path());
        Json.stringOrNull(gen, "format", s.format() == null ? null : s.format().id());
        gen.writeNumberField("statements", s.statements());
        gen.writeNumberField("checked", s.checked());
        gen.writeArrayFieldStart("notes");
        for (String n : s.notes()) {
          gen.writeString(n);
        }
        gen.writeEndArray();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeObjectFieldStart("summary");
      gen.writeNumberField("files", result.files());
      gen.writeNumberField("statements", result.statements());
      gen.writeNumberField("filesNothingChecked", result.filesNothingChecked());
      gen.writeNumberField("errors", errors);
      gen.writeNumberField("warnings", warnings);
      gen.writeNumberField("notes", notes);
      gen.writeNumberField("suppressed", suppressed);
      gen.writeBooleanField("successful", result.successful());
      gen.writeEndObject();
      gen.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeFix(JsonGenerator gen, Finding f) throws IOException {
    Fix fix = f.fix();
    if (fix == null || f.file() == null) {
      gen.writeNullField("fix");
      return;
    }
    gen.writeObjectFieldStart("fix");
    gen.writeStringField("title", fix.title());
    gen.writeStringField("applicability", fix.applicability().name().toLowerCase(java.util.Locale.ROOT));
    gen.writeArrayFieldStart("edits");
    for (Edit e : fix.edits()) {
      gen.writeStartObject();
      writePositions(gen, Positions.of(f.file(), e.span()));
      gen.writeStringField("replacement", e.replacement());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writePositions(JsonGenerator gen, Positions p) throws IOException {
    gen.writeNumberField("startLine", p.startLine());
    gen.writeNumberField("startColumn", p.startColumn());
    gen.writeNumberField("endLine", p.endLine());
    gen.writeNumberField("endColumn", p.endColumn());
  }
}
