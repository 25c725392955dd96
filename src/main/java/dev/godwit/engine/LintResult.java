package dev.godwit.engine;

import dev.godwit.rule.Finding;
import dev.godwit.rule.RuleInfo;
import java.util.List;

/**
 * The outcome of one run, ready for reporters.
 *
 * @param findings every finding, suppressed ones included, sorted by path, start offset and rule id
 * @param rules metadata of every known rule, in registry order (SARIF's ruleIndex points into it)
 * @param notifications problems of the run itself
 * @param files files read
 * @param statements statements analyzed
 * @param successful false when a rule crashed or a file could not be read
 * @param fileSummaries every file read, by path: its format, its statements, why it gave nothing to check
 */
public record LintResult(
    List<Finding> findings,
    List<RuleInfo> rules,
    List<Notification> notifications,
    int files,
    int statements,
    boolean successful,
    List<FileSummary> fileSummaries) {
  public LintResult {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    notifications = List.copyOf(notifications);
    fileSummaries = List.copyOf(fileSummaries);
  }

  public LintResult(List<Finding> findings, List<RuleInfo> rules, List<Notification> notifications, int files,
      int statements, boolean successful) {
    this(findings, rules, notifications, files, statements, successful, List.of());
  }

  /** How many of the files read held nothing Godwit could check. */
  public int filesNothingChecked() {
    return (int) fileSummaries.stream().filter(FileSummary::nothingChecked).count();
  }

  public int indexOf(String ruleId) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(ruleId)) {
        return i;
      }
    }
    return -1;
  }
}
