package dev.godwit.rule;

import dev.godwit.model.Migration;

/** A rule that looks at a whole migration (its up and down scripts together). */
public interface MigrationRule extends Rule {
  void check(Migration migration, RuleContext ctx);
}
