package dev.godwit.rule;

import dev.godwit.model.Project;

/** A rule that looks at the whole project once (e.g. files that could not be read). */
public interface ProjectRule extends Rule {
  void check(Project project, RuleContext ctx);
}
