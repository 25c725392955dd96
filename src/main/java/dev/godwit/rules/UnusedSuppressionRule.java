package dev.godwit.rules;

import dev.godwit.rule.Rule;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;

/** Reported by the engine: an ignore comment that silenced nothing. */
@RuleInfo(
    id = "unused-suppression",
    summary = "A godwit-ignore comment that suppresses nothing",
    severity = Severity.WARNING,
    rationale = "A stale ignore comment hides the next hazard that appears on the statement, and misleads readers.",
    safeAlternative = "Remove the comment, or the rule id that no longer applies.",
    tags = {"godwit"},
    suppressible = false)
public final class UnusedSuppressionRule implements Rule {}
