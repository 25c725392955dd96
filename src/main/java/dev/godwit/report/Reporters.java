package dev.godwit.report;

import java.util.List;

/** Looks up a reporter by its {@code --format} name. */
public final class Reporters {
  private static final List<String> NAMES = List.of("text", "sarif", "json", "github", "gcc", "gitlab", "markdown");

  private Reporters() {}

  /**
   * The reporter for a format name.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the valid names
   */
  public static Reporter forFormat(String name) {
    if (name != null) {
      switch (name) {
        case "text":
          return new TextReporter();
        case "sarif":
          return new SarifReporter();
        case "json":
          return new JsonReporter();
        case "github":
          return new GithubReporter();
        case "gcc":
          return new GccReporter();
        case "gitlab":
          return new GitlabReporter();
        case "markdown":
          return new MarkdownReporter();
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "'; valid formats: " + String.join(", ", NAMES));
  }

  /** Every format name, in the order of the help text. */
  public static List<String> names() {
    return NAMES;
  }
}
