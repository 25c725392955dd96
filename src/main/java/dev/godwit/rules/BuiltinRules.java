package dev.godwit.rules;

import dev.godwit.rule.Rule;
import java.util.List;

/** Every built-in rule, one line each, sorted by rule id (a test checks the order and completeness). */
public final class BuiltinRules {
  private BuiltinRules() {}

  public static final List<Rule> ALL = List.of(
      new BanAddExclusionConstraintRule(),
      new BanAddRequiredColumnRule(),
      new BanClusterRule(),
      new BanConcurrentlyInTransactionRule(),
      new BanEnumAddValueInTransactionRule(),
      new BanLockTableRule(),
      new BanNewEnumValueInSameTransactionRule(),
      new BanRewritingColumnDefaultRule(),
      new BanRewritingColumnTypeRule(),
      new BanSetAccessMethodRule(),
      new BanSetLoggedRule(),
      new BanSetTablespaceRule(),
      new BanTriggerChangeOnExistingTableRule(),
      new BanVacuumFullRule(),
      new BanValidateInSameTransactionRule(),
      new DynamicSqlRule(),
      new InvalidFileRule(),
      new InvalidSuppressionRule(),
      new ParseErrorRule(),
      new PsqlMetaCommandRule(),
      new RequireCheckBeforeAttachPartitionRule(),
      new RequireCheckForSetNotNullRule(),
      new RequireConcurrentDetachPartitionRule(),
      new RequireConcurrentDropIndexRule(),
      new RequireConcurrentIndexRule(),
      new RequireConcurrentRefreshRule(),
      new RequireConcurrentReindexRule(),
      new RequireConstraintUsingIndexRule(),
      new RequireDownMigrationRule(),
      new RequireIfExistsRule(),
      new RequireIfNotExistsRule(),
      new RequireIndexForForeignKeyRule(),
      new RequireNotNullBeforePrimaryKeyRule(),
      new RequireNotValidCheckRule(),
      new RequireNotValidDomainConstraintRule(),
      new RequireNotValidForeignKeyRule(),
      new UnusedSuppressionRule());
}
