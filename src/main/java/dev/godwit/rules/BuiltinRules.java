package dev.godwit.rules;

import dev.godwit.rule.Rule;
import java.util.List;

/** Every built-in rule, one line each, sorted by rule id (a test checks the order and completeness). */
public final class BuiltinRules {
  private BuiltinRules() {}

  public static final List<Rule> ALL = List.of(
      new BanAddRequiredColumnRule(),
      new BanBackfillInDdlTransactionRule(),
      new BanDataLossInDownMigrationRule(),
      new BanDeleteWithoutWhereRule(),
      new BanDropColumnRule(),
      new BanDropConstraintRule(),
      new BanDropDatabaseRule(),
      new BanDropNotNullRule(),
      new BanDropSchemaRule(),
      new BanDropTableRule(),
      new BanImmutableTableChangeRule(),
      new BanLongIdentifierRule(),
      new BanLongLockTimeoutRule(),
      new BanNestedTransactionRule(),
      new BanRenameColumnRule(),
      new BanRenameSchemaRule(),
      new BanRenameTableRule(),
      new BanRewritingColumnDefaultRule(),
      new BanStatementsAfterAccessExclusiveLockRule(),
      new BanTransactionInWrappedMigrationRule(),
      new BanTruncateRule(),
      new BanTruncateCascadeRule(),
      new BanUncommittedTransactionRule(),
      new BanUpdateWithoutWhereRule(),
      new DynamicSqlInDoBlockRule(),
      new InvalidFileRule(),
      new InvalidSuppressionRule(),
      new ParseErrorRule(),
      new PreferBigintOverIntRule(),
      new PreferIdentityRule(),
      new PreferJsonbRule(),
      new PreferSingleAlterTableRule(),
      new PreferTextOverCharRule(),
      new PreferTextOverVarcharRule(),
      new PreferTimestamptzRule(),
      new PsqlMetaCommandRule(),
      new RequireCompleteDownMigrationRule(),
      new RequireConcurrentDropIndexRule(),
      new RequireConcurrentIndexRule(),
      new RequireConcurrentReindexRule(),
      new RequireDownMigrationRule(),
      new RequireIfExistsRule(),
      new RequireIfNotExistsRule(),
      new RequireLockTimeoutRule(),
      new UnusedSuppressionRule());
}
