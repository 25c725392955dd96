package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquibase's quoting strategy and validate="false", YAML in flow style, dbmate sections without a transaction. */
class LiquibaseDbmateDetailsTest {
  private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"";

  private static Project read(Path dir) {
    return new ProjectReader(ReadOptions.defaults(), dir).read(List.of(dir));
  }

  private static List<String> sql(Project p) {
    List<String> out = new ArrayList<>();
    for (Migration m : p.migrations()) {
      for (Script s : m.up()) {
        for (Statement st : s.statements()) {
          out.add(st.sql());
        }
      }
    }
    return out;
  }

  @Test
  void quoteAllObjectsKeepsNamesAsWrittenAndAChangeSetCanSetItBack(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("changelog.xml"), XML_HEAD + " objectQuotingStrategy=\"QUOTE_ALL_OBJECTS\">\n"
        + "  <changeSet id=\"1\" author=\"a\">\n"
        + "    <createTable tableName=\"OrderLine\" schemaName=\"Sales\">\n"
        + "      <column name=\"orderId\" type=\"BIGINT\"><constraints nullable=\"false\"/></column>\n"
        + "    </createTable>\n"
        + "    <createIndex tableName=\"OrderLine\" indexName=\"OrderLine_orderId\"><column name=\"orderId\"/></createIndex>\n"
        + "  </changeSet>\n"
        + "  <changeSet id=\"2\" author=\"a\" objectQuotingStrategy=\"LEGACY\">\n"
        + "    <dropColumn tableName=\"OrderLine\" columnName=\"legacyCode\"/>\n"
        + "  </changeSet>\n"
        + "</databaseChangeLog>\n");
    assertThat(sql(read(dir))).containsExactly(
        "CREATE TABLE \"Sales\".\"OrderLine\" (\"orderId\" BIGINT NOT NULL)",
        "CREATE INDEX \"OrderLine_orderId\" ON \"OrderLine\" (\"orderId\")",
        "ALTER TABLE OrderLine DROP COLUMN legacyCode");
  }

  @Test
  void validateFalseAddsForeignKeysAndChecksNotValid(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("changelog.xml"), XML_HEAD + ">\n"
        + "  <changeSet id=\"1\" author=\"a\">\n"
        + "    <addForeignKeyConstraint baseTableName=\"line\" baseColumnNames=\"order_id\" constraintName=\"line_order_fk\""
        + " referencedTableName=\"orders\" referencedColumnNames=\"id\" validate=\"false\"/>\n"
        + "    <addCheckConstraint tableName=\"line\" constraintName=\"line_qty\" constraintBody=\"qty &gt; 0\" validate=\"false\"/>\n"
        + "    <addForeignKeyConstraint baseTableName=\"line\" baseColumnNames=\"sku_id\" constraintName=\"line_sku_fk\""
        + " referencedTableName=\"skus\" referencedColumnNames=\"id\"/>\n"
        + "  </changeSet>\n"
        + "</databaseChangeLog>\n");
    assertThat(sql(read(dir))).containsExactly(
        "ALTER TABLE line ADD CONSTRAINT line_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID",
        "ALTER TABLE line ADD CONSTRAINT line_qty CHECK (qty > 0) NOT VALID",
        "ALTER TABLE line ADD CONSTRAINT line_sku_fk FOREIGN KEY (sku_id) REFERENCES skus (id)");
  }

  @Test
  void yamlInFlowStyleReadsLikeBlockStyleWithPositions(@TempDir Path dir) throws IOException {
    String text = "# r\u00e9sum\u00e9 \ud83d\ude80 of the catalogue\n"
        + "databaseChangeLog:\n"
        + "  - changeSet: {id: 1, author: a, changes: [{createTable: {tableName: item, columns: [{column: {name: category, type: text}}]}}]}\n"
        + "  - changeSet:\n"
        + "      id: 2\n"
        + "      author: a\n"
        + "      objectQuotingStrategy: QUOTE_ALL_OBJECTS\n"
        + "      changes:\n"
        + "        - addColumn: {tableName: item, columns: [{column: {name: shelfCode, type: text}}]}\n"
        + "        - sql:\n"
        + "            sql: |\n"
        + "              UPDATE item SET category = 'misc'\n"
        + "                WHERE category IS NULL;\n"
        + "              DELETE FROM item WHERE category = 'gone';\n";
    Files.writeString(dir.resolve("changelog.yaml"), text);
    Project p = read(dir);
    assertThat(sql(p)).containsExactly("CREATE TABLE item (category text)",
        "ALTER TABLE \"item\" ADD COLUMN \"shelfCode\" text",
        "UPDATE item SET category = 'misc'\n  WHERE category IS NULL", "DELETE FROM item WHERE category = 'gone'");
    List<Statement> second = p.migrations().get(1).up().get(0).statements();
    // the findings of the SQL in the block land on its text in the file
    Statement update = second.get(1);
    assertThat(text.substring(update.span().start(), update.span().end()))
        .isEqualTo("UPDATE item SET category = 'misc'\n                WHERE category IS NULL");
    Statement delete = second.get(2);
    assertThat(text.substring(delete.span().start(), delete.span().end()))
        .isEqualTo("DELETE FROM item WHERE category = 'gone'");
    // a generated statement points at its change's key
    Statement create = p.migrations().get(0).up().get(0).statements().get(0);
    assertThat(text.substring(create.span().start(), create.span().end())).isEqualTo("createTable");
  }

  @Test
  void aYamlChangelogThatIsNotYamlIsAProblemOfTheFileNotASilentSkip(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("changelog.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: 1\n"
        + "      changes:\n        - sql: {sql: \"SELECT 1\"\n  - changeSet: x\n");
    Project p = read(dir);
    assertThat(p.migrations()).isEmpty();
    assertThat(p.problems()).singleElement().satisfies(pr -> assertThat(pr.message())
        .isEqualTo("not valid YAML at line 6, column 3 (expected ',' or '}', but got -), so Liquibase cannot read it"
            + " either"));
  }

  @Test
  void aDbmateSectionWithoutTransactionRunsSeveralStatementsAsOneImplicitTransaction(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("20260101000000_two.sql"), "-- migrate:up transaction:false\n"
        + "UPDATE t SET a = 1;\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n\n"
        + "-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY t_a;\n");
    Migration m = read(dir).migrations().get(0);
    assertThat(m.up().get(0).txMode()).isEqualTo(TxMode.IMPLICIT_MULTI_STATEMENT);
    assertThat(m.up().get(0).txReason()).contains("one Exec", "implicit transaction");
    assertThat(m.down().get(0).txMode()).isEqualTo(TxMode.AUTOCOMMIT);
  }
}
