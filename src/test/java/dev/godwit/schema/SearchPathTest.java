package dev.godwit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.OffsetMap;
import dev.godwit.model.QualifiedName;
import dev.godwit.parse.SqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unqualified names resolve through the search_path as PostgreSQL resolves them. */
class SearchPathTest {
  private final SqlParser parser = new SqlParser();

  private Schema replay(String... statements) {
    Schema s = new Schema();
    s.beginMigration(0);
    return apply(s, statements);
  }

  private Schema apply(Schema s, String... statements) {
    for (String sql : statements) {
      s.apply(parser.parse(sql, OffsetMap.shift(0), 0));
    }
    return s;
  }

  private static QualifiedName q(String name) {
    return QualifiedName.of(name);
  }

  private static QualifiedName q(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  @Test
  void anUnqualifiedNameIsNotATableOfThatNameInAnotherSchema() {
    Schema s = replay("CREATE TABLE app.orders (id bigint PRIMARY KEY, total int)");
    assertThat(s.table(q("app", "orders"))).isPresent();
    assertThat(s.table(q("orders"))).isEmpty();
    assertThat(s.isNewTable(q("orders"))).isFalse();
    assertThat(s.isNewTable(q("app", "orders"))).isTrue();
    assertThat(s.columnType(q("orders"), "total")).isEmpty();
    assertThat(s.indexesOn(q("orders"))).isEmpty();
  }

  @Test
  void alterTableOfTheUnqualifiedNameChangesThePublicTableNotTheOther() {
    Schema s = replay(
        "CREATE TABLE app.orders (id bigint, total int)",
        "ALTER TABLE orders ADD COLUMN note text");
    assertThat(s.table(q("app", "orders")).orElseThrow().column("note")).isEmpty();
    Table pub = s.table(q("orders")).orElseThrow();
    assertThat(pub.createdInHistory()).isFalse();
    assertThat(pub.column("note")).isPresent();
    assertThat(s.table(q("public", "orders")).orElseThrow()).isSameAs(pub);
  }

  @Test
  void setSearchPathMakesTheOtherSchemaVisible() {
    Schema s = replay(
        "CREATE TABLE app.orders (id bigint, total int)",
        "SET search_path = app, public");
    assertThat(s.searchPath()).containsExactly("app", "public");
    assertThat(s.isNewTable(q("orders"))).isTrue();
    assertThat(s.columnType(q("orders"), "total").orElseThrow().name()).isEqualTo("integer");
  }

  @Test
  void anUnqualifiedCreateGoesToTheFirstSchemaOfThePath() {
    Schema s = replay(
        "SET search_path TO billing, public",
        "CREATE TABLE invoices (id bigint PRIMARY KEY)",
        "CREATE INDEX invoices_id_idx ON invoices (id)");
    assertThat(s.table(q("billing", "invoices"))).isPresent();
    assertThat(s.table(q("public", "invoices"))).isEmpty();
    assertThat(s.index(q("billing", "invoices_id_idx"))).isPresent();
    assertThat(s.tableOfIndex(q("invoices_id_idx"))).contains(q("billing", "invoices"));
    apply(s, "RESET search_path");
    assertThat(s.table(q("invoices"))).isEmpty();
    assertThat(s.index(q("invoices_id_idx"))).isEmpty();
    assertThat(s.tableOfIndex(q("billing", "invoices_id_idx"))).contains(q("billing", "invoices"));
  }

  @Test
  void theFirstSchemaOnThePathThatHasTheNameWins() {
    Schema s = replay(
        "CREATE TABLE public.events (id int)",
        "CREATE TABLE audit.events (id int, at timestamptz)",
        "SET search_path = audit, public");
    assertThat(s.table(q("events")).orElseThrow().name()).isEqualTo(q("audit", "events"));
    apply(s, "SET search_path = public, audit");
    assertThat(s.table(q("events")).orElseThrow().column("at")).isEmpty();
    apply(s, "SET search_path = reporting");
    assertThat(s.table(q("events"))).isEmpty();
  }

  @Test
  void theSameNameInTwoSchemasKeepsTheirIndexesApart() {
    Schema s = replay(
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint)",
        "CREATE TABLE archive.orders (id bigint, customer_id bigint)",
        "CREATE INDEX orders_customer_idx ON archive.orders (customer_id)");
    assertThat(s.indexedBy(q("orders"), List.of("customer_id"))).isEqualTo(Knowledge.NO);
    assertThat(s.indexedBy(q("archive", "orders"), List.of("customer_id"))).isEqualTo(Knowledge.YES);
    assertThat(s.indexesOn(q("orders"))).extracting(Index::name).containsExactly(q("orders_pkey"));
    apply(s, "DROP TABLE orders");
    assertThat(s.table(q("archive", "orders"))).isPresent();
    assertThat(s.indexesOn(q("archive", "orders"))).hasSize(1);
  }

  @Test
  void setSchemaAndSetConfigAndQuotedNames() {
    Schema s = replay("SET SCHEMA 'app'");
    assertThat(s.searchPath()).containsExactly("app");
    apply(s, "SELECT set_config('search_path', 'Tenant, \"Mixed\", public', false)");
    assertThat(s.searchPath()).containsExactly("tenant", "Mixed", "public");
    apply(s, "SET search_path = \"$user\", 'odd, name'");
    assertThat(s.searchPath()).containsExactly("$user", "odd, name");
    apply(s, "SET search_path TO DEFAULT");
    assertThat(s.searchPath()).containsExactly("public");
  }

  @Test
  void setLocalLastsUntilTheTransactionEnds() {
    Schema s = replay(
        "CREATE TABLE app.orders (id bigint)",
        "BEGIN",
        "SET LOCAL search_path = app");
    assertThat(s.table(q("orders"))).isPresent();
    apply(s, "COMMIT");
    assertThat(s.table(q("orders"))).isEmpty();
    apply(s, "SELECT set_config('search_path', 'app', true)");
    assertThat(s.table(q("orders"))).isPresent();
    s.endTransaction();
    assertThat(s.table(q("orders"))).isEmpty();
    // outside a transaction block SET LOCAL does nothing (PostgreSQL warns)
    s.apply(parser.parse("SET LOCAL search_path = app", OffsetMap.shift(0), 0), false);
    assertThat(s.table(q("orders"))).isEmpty();
  }

  @Test
  void aPathGodwitCannotReadFallsBackToTheOnlyTableOfThatName() {
    Schema s = replay(
        "CREATE TABLE app.orders (id bigint)",
        "SET search_path = :schema");
    assertThat(s.searchPath()).isEmpty();
    apply(s, "SET search_path = '${schema}', public");
    assertThat(s.searchPath()).isEmpty();
    assertThat(s.table(q("orders"))).isPresent();
    apply(s, "CREATE TABLE reporting.orders (id bigint)");
    assertThat(s.table(q("orders"))).isEmpty(); // ambiguous
  }

  @Test
  void aNewSessionStartsWithTheInitialPath() {
    Schema s = replay("CREATE TABLE app.orders (id bigint)", "SET search_path = app");
    s.resetSession();
    assertThat(s.searchPath()).containsExactly("public");
    assertThat(s.table(q("orders"))).isEmpty();
    Schema other = new Schema(true, List.of("app", "public"));
    other.beginMigration(0);
    apply(other, "CREATE TABLE app.orders (id bigint)");
    assertThat(other.table(q("orders"))).isPresent();
  }

  @Test
  void aTrialTakesBackTheSearchPathToo() {
    Schema s = replay("CREATE TABLE app.orders (id bigint)");
    s.beginTrial();
    apply(s, "SET search_path = app");
    assertThat(s.table(q("orders"))).isPresent();
    s.endTrial();
    assertThat(s.searchPath()).containsExactly("public");
    assertThat(s.table(q("orders"))).isEmpty();
  }

  @Test
  void sequencesAndEnumTypesResolveTheSameWay() {
    Schema s = replay(
        "CREATE SEQUENCE app.order_no",
        "CREATE TYPE app.status AS ENUM ('new', 'paid')");
    assertThat(s.sequenceExists(q("order_no"))).isFalse();
    assertThat(s.enumType(q("status"))).isEmpty();
    apply(s, "SET search_path = app");
    assertThat(s.sequenceExists(q("order_no"))).isTrue();
    assertThat(s.enumType(q("status"))).isPresent();
    apply(s, "DROP SEQUENCE order_no");
    assertThat(s.sequenceExists(q("app", "order_no"))).isFalse();
  }
}
