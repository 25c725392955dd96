package dev.godwit.rules;

import dev.godwit.rule.Rule;
import java.util.List;

/** Every built-in rule, one line each, sorted by rule id (a test checks the order and completeness). */
public final class BuiltinRules {
  private BuiltinRules() {}

  public static final List<Rule> ALL = List.of(
      new BanAddRequiredColumnRule(),
      new BanConcurrentlyInTransactionRule(),
      new BanRewritingColumnDefaultRule(),
      new DynamicSqlRule(),
      new InvalidFileRule(),
      new InvalidSuppressionRule(),
      new ParseErrorRule(),
      new PsqlMetaCommandRule(),
      new RequireConcurrentDropIndexRule(),
      new RequireConcurrentIndexRule(),
      new RequireConcurrentReindexRule(),
      new RequireDownMigrationRule(),
      new RequireIfExistsRule(),
      new RequireIfNotExistsRule(),
      new UnusedSuppressionRule());
}
