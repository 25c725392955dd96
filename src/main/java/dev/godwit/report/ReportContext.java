package dev.godwit.report;

import java.nio.file.Path;

/**
 * What a reporter needs to know besides the result.
 *
 * @param toolVersion Godwit's version, written into SARIF and JSON
 * @param srcRootUri absolute {@code file:} URI of the directory that finding paths are relative to,
 *     ending in '/' (SARIF's {@code %SRCROOT%}); null to leave it out
 * @param color whether the text reporter may use ANSI colours
 * @param docsBaseUri base URI of the rule pages; a rule's page is {@code docsBaseUri + id + ".md"}
 */
public record ReportContext(String toolVersion, String srcRootUri, boolean color, String docsBaseUri) {
  /** Rule documentation pages in the project's repository. */
  public static final String DEFAULT_DOCS_BASE_URI =
      "https://github.com/godwit-dev/godwit/blob/main/docs/rules/";

  public ReportContext {
    if (toolVersion == null || toolVersion.isEmpty()) {
      throw new IllegalArgumentException("toolVersion is required");
    }
    if (srcRootUri != null && !srcRootUri.endsWith("/")) {
      srcRootUri = srcRootUri + "/";
    }
    if (docsBaseUri == null) {
      docsBaseUri = DEFAULT_DOCS_BASE_URI;
    } else if (!docsBaseUri.endsWith("/")) {
      docsBaseUri = docsBaseUri + "/";
    }
  }

  /** The {@code file:} URI of a directory, ending in '/', as {@link #srcRootUri} expects. */
  public static String directoryUri(Path dir) {
    String uri = dir.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /** The documentation page of a rule. */
  public String helpUri(String ruleId) {
    return docsBaseUri + ruleId + ".md";
  }
}
