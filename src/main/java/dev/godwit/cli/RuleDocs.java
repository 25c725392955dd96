package dev.godwit.cli;

import dev.godwit.rule.RuleInfo;

/** Renders a rule's page: metadata from {@code @RuleInfo} followed by the long text of {@code rules/<id>.md}. */
public final class RuleDocs {
  private RuleDocs() {}

  public static String render(RuleInfo i, String longText) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(i.id()).append("\n\n");
    sb.append(i.summary()).append(".\n\n");
    sb.append("| | |\n|---|---|\n");
    sb.append("| Default severity | ").append(i.severity().id()).append(" |\n");
    sb.append("| Enabled by default | ").append(i.enabledByDefault() ? "yes" : "no").append(" |\n");
    sb.append("| PostgreSQL versions | ").append(pgRange(i)).append(" |\n");
    sb.append("| Fix | ").append(i.fix().name().toLowerCase()).append(" |\n");
    sb.append("| Since | Godwit ").append(i.since()).append(" |\n");
    if (i.aliases().length > 0) {
      sb.append("| Aliases | ").append(String.join(", ", i.aliases())).append(" |\n");
    }
    if (i.tags().length > 0) {
      sb.append("| Tags | ").append(String.join(", ", i.tags())).append(" |\n");
    }
    sb.append("\n**Why:** ").append(i.rationale()).append("\n\n");
    sb.append("**Instead:** ").append(i.safeAlternative()).append("\n");
    String body = longText.strip();
    if (!body.isEmpty()) {
      sb.append("\n").append(body).append("\n");
    }
    return sb.toString();
  }

  static String pgRange(RuleInfo i) {
    if (i.minPg() == 0 && i.maxPg() == 0) {
      return "all";
    }
    if (i.maxPg() == 0) {
      return i.minPg() + " and later";
    }
    if (i.minPg() == 0) {
      return i.maxPg() + " and earlier";
    }
    return i.minPg() + " to " + i.maxPg();
  }
}
