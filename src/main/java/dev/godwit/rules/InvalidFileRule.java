package dev.godwit.rules;

import dev.godwit.model.FileProblem;
import dev.godwit.model.Project;
import dev.godwit.rule.ProjectRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;

/** A migration file Godwit could not read (binary, not UTF-8, unreadable): it was skipped. */
@RuleInfo(
    id = "invalid-file",
    summary = "A migration file that could not be read or decoded, so it was skipped",
    severity = Severity.ERROR,
    rationale = "A file Godwit cannot read is a file nobody checked; a migration tool may also fail on it or misread it.",
    safeAlternative = "Save the file as UTF-8 text, or move files that are not migrations out of the migration folder.",
    tags = {"godwit"},
    suppressible = false)
public final class InvalidFileRule implements ProjectRule {
  @Override
  public void check(Project project, RuleContext ctx) {
    for (FileProblem p : project.problems()) {
      ctx.report(p.path(), p.message());
    }
  }
}
