package dev.godwit.engine;

import dev.godwit.rule.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Narrows what a run reports without narrowing what the rules see: the whole history is read and linted
 * (so a rule knows the tables earlier migrations created), then only findings in the selected files are
 * kept. Used by {@code --changed-since}, by file names given on the command line, and by {@code exclude}.
 */
public final class Scope {
  private Scope() {}

  /**
   * Keeps the findings and notifications whose path is in {@code paths}.
   *
   * @param files the number of files the result should say it covers
   */
  public static LintResult restrict(LintResult result, Set<String> paths, int files) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (paths.contains(f.path())) {
        findings.add(f);
      }
    }
    List<Notification> notes = new ArrayList<>();
    for (Notification n : result.notifications()) {
      if (n.path() == null || paths.contains(n.path())) {
        notes.add(n);
      }
    }
    List<FileSummary> read = new ArrayList<>();
    for (FileSummary s : result.fileSummaries()) {
      if (paths.contains(s.path())) {
        read.add(s);
      }
    }
    return new LintResult(findings, result.rules(), notes, files, result.statements(), result.successful(), read);
  }

  /** The same result with other findings (e.g. those a baseline did not accept). */
  public static LintResult withFindings(LintResult result, List<Finding> findings) {
    return new LintResult(findings, result.rules(), result.notifications(), result.files(), result.statements(),
        result.successful(), result.fileSummaries());
  }
}
