package dev.godwit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flyway's own patterns for statements that run outside a transaction, on the statement's first words. */
class FlywayTransactionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "CREATE DATABASE app | true",
      "drop  database\\n app | true",
      "CREATE TABLESPACE fast LOCATION '/x' | true",
      "DROP TABLESPACE fast | true",
      "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p | true",
      "ALTER SYSTEM SET work_mem = '1MB' | true",
      "DISCARD ALL | true",
      "VACUUM | true",
      "vacuum(full, analyze) t | true",
      "CREATE INDEX CONCURRENTLY i ON t (a) | true",
      "create unique index concurrently i on t (a) | true",
      "DROP INDEX CONCURRENTLY IF EXISTS i | true",
      "REINDEX SCHEMA public | true",
      "REINDEX VERBOSE DATABASE app | true",
      "REINDEX TABLE t | false",
      "CREATE INDEX i ON t (a) | false",
      "CREATE TABLE database (id int) | false",
      "ALTER TABLE t ADD COLUMN c int | false",
      "DISCARD PLANS | false",
      "SELECT 'VACUUM' | false",
      "(VACUUM) | false"})
  void headMatchesFlywaysPatterns(String sql, boolean nonTransactional) {
    assertThat(FlywayTransactions.headIsNonTransactional(sql.replace("\\n", "\n")))
        .isEqualTo(nonTransactional);
  }
}
