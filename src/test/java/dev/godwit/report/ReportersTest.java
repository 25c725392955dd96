package dev.godwit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportersTest {
  @Test
  void everyNameHasAReporter() {
    assertThat(Reporters.names()).containsExactly("text", "sarif", "json", "github", "gcc", "gitlab", "markdown");
    for (String name : Reporters.names()) {
      assertThat(Reporters.forFormat(name)).isNotNull();
    }
  }

  @Test
  void unknownNameListsTheValidOnes() {
    assertThatThrownBy(() -> Reporters.forFormat("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xml")
        .hasMessageContaining("text, sarif, json, github");
    assertThatThrownBy(() -> Reporters.forFormat(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contextNormalizesUris() {
    ReportContext ctx = new ReportContext("1.0", "file:///srv/app", false, "https://example.org/rules");
    assertThat(ctx.srcRootUri()).isEqualTo("file:///srv/app/");
    assertThat(ctx.helpUri("ban-drop-column")).isEqualTo("https://example.org/rules/ban-drop-column.md");
    assertThat(new ReportContext("1.0", null, false, null).docsBaseUri())
        .isEqualTo(ReportContext.DEFAULT_DOCS_BASE_URI);
  }

  @Test
  void relativeUrisArePercentEncoded() {
    assertThat(Uris.relative("db/V2__add index.sql")).isEqualTo("db/V2__add%20index.sql");
    assertThat(Uris.relative("./db\\a#b%c?.sql")).isEqualTo("db/a%23b%25c%3F.sql");
    assertThat(Uris.relative("c:ölig.sql")).isEqualTo("c%3A%C3%B6lig.sql");
    assertThat(Uris.isAbsolute("c:ölig.sql")).isFalse();
    assertThat(Uris.isAbsolute("db/a.sql")).isFalse();
  }

  @Test
  void absolutePathsBecomeFileUris() {
    assertThat(Uris.isAbsolute("/srv/a b.sql")).isTrue();
    assertThat(Uris.absolute("/srv/a b.sql")).isEqualTo("file:///srv/a%20b.sql");
    assertThat(Uris.isAbsolute("C:\\db\\a.sql")).isTrue();
    assertThat(Uris.absolute("C:\\db\\a.sql")).isEqualTo("file:///C:/db/a.sql");
  }

  @Test
  void ruleNamesAreCamelCase() {
    assertThat(SarifReporter.camelCase("require-concurrent-index")).isEqualTo("RequireConcurrentIndex");
    assertThat(SarifReporter.camelCase("parse-error")).isEqualTo("ParseError");
  }
}
