package dev.godwit.engine;

import dev.godwit.rule.Severity;

/**
 * Something about the run itself rather than the migrations: a rule that crashed, a file that could
 * not be read. SARIF carries these as tool execution notifications.
 *
 * @param path the file concerned, or null
 * @param ruleId the rule concerned, or null
 */
public record Notification(Severity level, String message, String path, String ruleId) {}
