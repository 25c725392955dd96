package dev.godwit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.godwit.engine.Fixes;
import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.model.SourceFile;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Edit;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Fix;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * SARIF 2.1.0 for GitHub code scanning and IDE viewers. Every result carries an explicit level,
 * one location relative to {@code %SRCROOT%}, a full region and {@code partialFingerprints};
 * suppressed findings are kept with an {@code inSource} suppression.
 */
final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  static final String INFORMATION_URI = "https://github.com/godwit-dev/godwit";
  /** Longer snippets are left out rather than bloat the log; the region still locates the text. */
  private static final int MAX_SNIPPET = 4096;
  /** GitHub shows at most 1024 characters of a rule description. */
  private static final int MAX_DESCRIPTION = 1024;
  /** GitHub keeps at most 20 tags per rule. */
  private static final int MAX_TAGS = 20;

  @Override
  public void report(LintResult result, ReportContext ctx, Writer out) throws IOException {
    try (JsonGenerator gen = Json.generator(out)) {
      gen.writeStartObject();
      gen.writeStringField("$schema", SCHEMA);
      gen.writeStringField("version", "2.1.0");
      gen.writeArrayFieldStart("runs");
      gen.writeStartObject();
      writeTool(gen, result, ctx);
      writeInvocations(gen, result);
      if (ctx.srcRootUri() != null) {
        gen.writeObjectFieldStart("originalUriBaseIds");
        gen.writeObjectFieldStart(SRCROOT);
        gen.writeStringField("uri", ctx.srcRootUri());
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeStringField("columnKind", "utf16CodeUnits");
      writeResults(gen, result);
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeTool(JsonGenerator gen, LintResult result, ReportContext ctx)
      throws IOException {
    gen.writeObjectFieldStart("tool");
    gen.writeObjectFieldStart("driver");
    gen.writeStringField("name", "Godwit");
    gen.writeStringField("version", ctx.toolVersion());
    gen.writeStringField("informationUri", INFORMATION_URI);
    gen.writeArrayFieldStart("rules");
    for (RuleInfo rule : result.rules()) {
      writeRule(gen, rule, ctx);
    }
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static void writeRule(JsonGenerator gen, RuleInfo rule, ReportContext ctx)
      throws IOException {
    String helpUri = ctx.helpUri(rule.id());
    gen.writeStartObject();
    gen.writeStringField("id", rule.id());
    gen.writeStringField("name", camelCase(rule.id()));
    if (rule.aliases().length > 0) {
      gen.writeArrayFieldStart("deprecatedIds");
      for (String alias : rule.aliases()) {
        gen.writeString(alias);
      }
      gen.writeEndArray();
    }
    text(gen, "shortDescription", clip(rule.summary()));
    text(gen, "fullDescription", clip(join(rule.summary(), rule.rationale())));
    gen.writeObjectFieldStart("help");
    gen.writeStringField("text", nonEmpty(rule.safeAlternative(), rule.summary()));
    gen.writeStringField("markdown", helpMarkdown(rule, helpUri));
    gen.writeEndObject();
    gen.writeStringField("helpUri", helpUri);
    gen.writeObjectFieldStart("defaultConfiguration");
    gen.writeStringField("level", rule.severity().id());
    if (!rule.enabledByDefault()) {
      gen.writeBooleanField("enabled", false);
    }
    gen.writeEndObject();
    gen.writeObjectFieldStart("properties");
    gen.writeArrayFieldStart("tags");
    String[] tags = rule.tags();
    for (int i = 0; i < tags.length && i < MAX_TAGS; i++) {
      gen.writeString(tags[i]);
    }
    gen.writeEndArray();
    gen.writeStringField("precision", "high");
    gen.writeStringField("problem.severity", problemSeverity(rule.severity()));
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static String helpMarkdown(RuleInfo rule, String helpUri) {
    StringBuilder md = new StringBuilder();
    md.append("**").append(rule.summary()).append("**\n\n");
    if (!rule.rationale().isEmpty()) {
      md.append(rule.rationale()).append("\n\n");
    }
    if (!rule.safeAlternative().isEmpty()) {
      md.append("**Safe alternative:** ").append(rule.safeAlternative()).append("\n\n");
    }
    md.append("[Documentation of `").append(rule.id()).append("`](").append(helpUri).append(')');
    return md.toString();
  }

  private static void writeInvocations(JsonGenerator gen, LintResult result) throws IOException {
    gen.writeArrayFieldStart("invocations");
    gen.writeStartObject();
    gen.writeBooleanField("executionSuccessful", result.successful());
    gen.writeArrayFieldStart("toolExecutionNotifications");
    for (Notification n : result.notifications()) {
      gen.writeStartObject();
      gen.writeStringField("level", n.level().id());
      text(gen, "message", nonEmpty(n.message(), "(no message)"));
      if (n.path() != null) {
        gen.writeArrayFieldStart("locations");
        gen.writeStartObject();
        gen.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(gen, n.path());
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeEndArray();
      }
      if (n.ruleId() != null) {
        gen.writeObjectFieldStart("associatedRule");
        gen.writeStringField("id", n.ruleId());
        int index = result.indexOf(n.ruleId());
        if (index >= 0) {
          gen.writeNumberField("index", index);
        }
        gen.writeEndObject();
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndArray();
  }

  private static void writeResults(JsonGenerator gen, LintResult result) throws IOException {
    List<Finding> findings = result.findings();
    List<String> fingerprints = Fingerprints.assign(findings);
    gen.writeArrayFieldStart("results");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      gen.writeStartObject();
      gen.writeStringField("ruleId", f.ruleId());
      int index = result.indexOf(f.ruleId());
      if (index >= 0) {
        gen.writeNumberField("ruleIndex", index);
      }
      gen.writeStringField("level", f.severity().id());
      text(gen, "message", nonEmpty(f.message(), f.ruleId()));
      gen.writeArrayFieldStart("locations");
      gen.writeStartObject();
      gen.writeObjectFieldStart("physicalLocation");
      writeArtifactLocation(gen, f.path());
      writeRegion(gen, Positions.of(f), f.file() == null ? null : f.file().slice(f.span()), -1, -1);
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeObjectFieldStart("partialFingerprints");
      gen.writeStringField("godwit/v1", fingerprints.get(i));
      gen.writeStringField("primaryLocationLineHash", fingerprints.get(i));
      gen.writeEndObject();
      // only what --fix (with --unsafe-fixes) would apply; display-only rewrites stay out
      if (f.fix() != null && f.file() != null && Fixes.applicable(f.fix(), true)) {
        writeFix(gen, f.path(), f.file(), f.fix());
      }
      gen.writeArrayFieldStart("suppressions");
      if (f.suppressed()) {
        gen.writeStartObject();
        gen.writeStringField("kind", "inSource");
        String why = f.suppression().justification();
        if (why != null && !why.isEmpty()) {
          gen.writeStringField("justification", why);
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeFix(JsonGenerator gen, String path, SourceFile file, Fix fix)
      throws IOException {
    gen.writeArrayFieldStart("fixes");
    gen.writeStartObject();
    boolean unsafe = fix.applicability() == Applicability.UNSAFE;
    text(gen, "description", nonEmpty(fix.title(), "Apply fix")
        + (unsafe ? " (unsafe: it can change what the migration does; --fix applies it only with --unsafe-fixes)" : ""));
    gen.writeArrayFieldStart("artifactChanges");
    gen.writeStartObject();
    writeArtifactLocation(gen, path);
    gen.writeArrayFieldStart("replacements");
    for (Edit e : fix.edits()) {
      gen.writeStartObject();
      gen.writeFieldName("deletedRegion");
      gen.writeStartObject();
      writeRegionFields(gen, Positions.of(file, e.span()), e.span().start(), e.span().length());
      gen.writeEndObject();
      gen.writeObjectFieldStart("insertedContent");
      gen.writeStringField("text", e.replacement());
      gen.writeEndObject();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndArray();
    gen.writeObjectFieldStart("properties");
    gen.writeStringField("applicability", unsafe ? "unsafe" : "safe");
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeEndArray();
  }

  private static void writeArtifactLocation(JsonGenerator gen, String path) throws IOException {
    gen.writeObjectFieldStart("artifactLocation");
    if (Uris.isAbsolute(path)) {
      // outside the source root: GitHub relativises absolute file: URIs against the checkout
      gen.writeStringField("uri", Uris.absolute(path));
    } else {
      gen.writeStringField("uri", Uris.relative(path));
      gen.writeStringField("uriBaseId", SRCROOT);
    }
    gen.writeEndObject();
  }

  private static void writeRegion(
      JsonGenerator gen, Positions p, String snippet, int charOffset, int charLength)
      throws IOException {
    gen.writeObjectFieldStart("region");
    writeRegionFields(gen, p, charOffset, charLength);
    if (snippet != null && snippet.length() <= MAX_SNIPPET) {
      text(gen, "snippet", snippet);
    }
    gen.writeEndObject();
  }

  private static void writeRegionFields(JsonGenerator gen, Positions p, int charOffset, int charLength)
      throws IOException {
    gen.writeNumberField("startLine", p.startLine());
    gen.writeNumberField("startColumn", p.startColumn());
    gen.writeNumberField("endLine", p.endLine());
    gen.writeNumberField("endColumn", p.endColumn());
    if (charOffset >= 0) {
      gen.writeNumberField("charOffset", charOffset);
      gen.writeNumberField("charLength", charLength);
    }
  }

  private static void text(JsonGenerator gen, String field, String text) throws IOException {
    gen.writeObjectFieldStart(field);
    gen.writeStringField("text", text);
    gen.writeEndObject();
  }

  /** {@code require-concurrent-index} becomes {@code RequireConcurrentIndex}. */
  static String camelCase(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    boolean upper = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-' || c == '_' || c == '.' || c == ' ') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  private static String problemSeverity(Severity s) {
    return s == Severity.NOTE ? "recommendation" : s.id();
  }

  private static String join(String summary, String rationale) {
    if (rationale == null || rationale.isEmpty()) {
      return summary;
    }
    String sep = summary.endsWith(".") ? " " : ". ";
    return summary + sep + rationale;
  }

  private static String clip(String s) {
    return s.length() <= MAX_DESCRIPTION ? s : s.substring(0, MAX_DESCRIPTION - 1) + "\u2026";
  }

  private static String nonEmpty(String s, String fallback) {
    return s == null || s.isEmpty() ? fallback : s;
  }
}
