package dev.godwit.rules;

import dev.godwit.rule.Rule;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;

/** Reported by the engine: an ignore comment with an unknown rule id or in the wrong place. */
@RuleInfo(
    id = "invalid-suppression",
    summary = "A godwit-ignore comment that names an unknown rule, names none, or stands where it cannot apply",
    severity = Severity.WARNING,
    rationale = "A malformed ignore comment silences nothing, so the hazard the author meant to accept is still reported "
        + "(or a typo hides that the comment never worked).",
    safeAlternative = "Write \"-- godwit-ignore: <rule-id>[, <rule-id>] -- <reason>\" before the statement, "
        + "or \"-- godwit-ignore-file: <rule-id>\" before the first statement.",
    tags = {"godwit"},
    suppressible = false)
public final class InvalidSuppressionRule implements Rule {}
