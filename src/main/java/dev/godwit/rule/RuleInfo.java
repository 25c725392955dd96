package dev.godwit.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * All short metadata of a rule, in one place. The long explanation lives in {@code rules/<id>.md};
 * {@code docs/rules/<id>.md} is generated from both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable kebab-case id, used in config, suppressions and SARIF. */
  String id();

  /** One line: what the rule reports. */
  String summary();

  Severity severity();

  /** One or two sentences: why it hurts production. */
  String rationale();

  /** One or two sentences: what to write instead. Used as the help line of every finding. */
  String safeAlternative();

  /** The Godwit version that introduced the rule. */
  String since() default "0.1.0";

  /** Lowest PostgreSQL major version the rule applies to (0: all). */
  int minPg() default 0;

  /** Highest PostgreSQL major version the rule applies to (0: all). */
  int maxPg() default 0;

  FixAvailability fix() default FixAvailability.NONE;

  /** Old ids that still select this rule in config and suppressions. */
  String[] aliases() default {};

  String[] tags() default {};

  boolean enabledByDefault() default true;

  /** Whether the rule also checks downgrade scripts. */
  boolean checksDownScripts() default true;

  /** Reported by the engine itself (parse errors, suppressions); cannot be suppressed when false. */
  boolean suppressible() default true;
}
