package dev.godwit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.OffsetMap;
import dev.godwit.model.QualifiedName;
import dev.godwit.parse.SqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private final SqlParser parser = new SqlParser();

  private Schema replay(String... statements) {
    Schema s = new Schema();
    s.beginMigration(0);
    for (String sql : statements) {
      s.apply(parser.parse(sql, OffsetMap.shift(0), 0));
    }
    return s;
  }

  private static QualifiedName q(String name) {
    return QualifiedName.of(name);
  }

  @Test
  void createTableKnowsColumnsTypesNullabilityAndKeys() {
    Schema s = replay("CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(50) NOT NULL, bio text DEFAULT '')");
    Table t = s.table(q("accounts")).orElseThrow();
    assertThat(t.knowsAllColumns()).isTrue();
    assertThat(t.column("email").orElseThrow().type().modifiers()).containsExactly("50");
    assertThat(s.notNull(q("accounts"), "id")).isEqualTo(Knowledge.YES);
    assertThat(s.notNull(q("accounts"), "bio")).isEqualTo(Knowledge.NO);
    assertThat(t.column("bio").orElseThrow().defaultValue()).isNotNull();
    assertThat(s.index(q("accounts_pkey")).orElseThrow().table()).isEqualTo(q("accounts"));
    assertThat(s.indexedBy(q("accounts"), List.of("id"))).isEqualTo(Knowledge.YES);
    assertThat(s.indexedBy(q("accounts"), List.of("email"))).isEqualTo(Knowledge.NO);
  }

  @Test
  void alterTableChangesColumnsAndConstraints() {
    Schema s = replay(
        "CREATE TABLE accounts (id int, email varchar(50))",
        "ALTER TABLE accounts ALTER COLUMN id TYPE bigint, ADD COLUMN name text",
        "ALTER TABLE accounts ADD CONSTRAINT accounts_name_nn CHECK (name IS NOT NULL) NOT VALID",
        "ALTER TABLE accounts RENAME COLUMN email TO mail");
    assertThat(s.columnType(q("accounts"), "id").orElseThrow().name()).isEqualTo("bigint");
    assertThat(s.columnType(q("accounts"), "mail")).isPresent();
    assertThat(s.columnType(q("accounts"), "email")).isEmpty();
    assertThat(s.hasValidatedNotNullCheck(q("accounts"), "name")).isFalse();
    s.apply(parser.parse("ALTER TABLE accounts VALIDATE CONSTRAINT accounts_name_nn", OffsetMap.shift(0), 0));
    assertThat(s.hasValidatedNotNullCheck(q("accounts"), "name")).isTrue();
    s.apply(parser.parse("ALTER TABLE accounts ALTER COLUMN name SET NOT NULL", OffsetMap.shift(0), 0));
    assertThat(s.notNull(q("accounts"), "name")).isEqualTo(Knowledge.YES);
  }

  @Test
  void indexesFollowRenamesAndDrops() {
    Schema s = replay(
        "CREATE TABLE t (a int, b int)",
        "CREATE INDEX t_a_idx ON t (a)",
        "CREATE INDEX ON t (b)",
        "ALTER INDEX t_a_idx RENAME TO t_a_new",
        "ALTER TABLE t RENAME TO u");
    assertThat(s.tableOfIndex(q("t_a_new"))).contains(q("u"));
    assertThat(s.index(q("t_b_idx"))).isPresent();
    assertThat(s.table(q("t"))).isEmpty();
    s.apply(parser.parse("DROP TABLE u", OffsetMap.shift(0), 0));
    assertThat(s.index(q("t_a_new"))).isEmpty();
  }

  @Test
  void primaryKeyUsingIndexAdoptsTheIndex() {
    Schema s = replay(
        "CREATE TABLE t (id bigint)",
        "CREATE UNIQUE INDEX CONCURRENTLY t_id_idx ON t (id)",
        "ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_idx");
    assertThat(s.index(q("t_id_idx"))).isEmpty();
    assertThat(s.index(q("t_pkey")).orElseThrow().columns()).containsExactly("id");
    assertThat(s.notNull(q("t"), "id")).isEqualTo(Knowledge.YES);
  }

  @Test
  void tablesKnownOnlyFromAltersArePartial() {
    Schema s = replay("ALTER TABLE legacy ADD COLUMN note text");
    Table t = s.table(q("legacy")).orElseThrow();
    assertThat(t.createdInHistory()).isFalse();
    assertThat(t.knowsAllColumns()).isFalse();
    assertThat(s.indexedBy(q("legacy"), List.of("note"))).isEqualTo(Knowledge.UNKNOWN);
  }

  @Test
  void uninterpretedStatementsMakeMentionedTablesUncertain() {
    Schema s = replay(
        "CREATE TABLE accounts (id int)",
        "CREATE TABLE other (id int)",
        "DO $$ BEGIN EXECUTE 'ALTER TABLE accounts ALTER COLUMN id TYPE bigint'; END $$");
    assertThat(s.table(q("accounts")).orElseThrow().uncertain()).isTrue();
    assertThat(s.columnType(q("accounts"), "id")).isEmpty();
    assertThat(s.table(q("other")).orElseThrow().uncertain()).isFalse();
  }

  @Test
  void newnessIsPerMigrationAndATrialLeavesNoTrace() {
    Schema s = replay("CREATE TABLE t (id int)", "CREATE TYPE mood AS ENUM ('ok')");
    assertThat(s.isNewTable(q("t"))).isTrue();
    assertThat(s.isNewType(q("mood"))).isTrue();
    s.beginMigration(2);
    assertThat(s.isNewTable(q("t"))).isFalse();
    s.beginTrial();
    s.apply(parser.parse("ALTER TYPE mood ADD VALUE 'sad'", OffsetMap.shift(0), 0));
    s.apply(parser.parse("ALTER TABLE t ADD COLUMN c text", OffsetMap.shift(0), 0));
    assertThat(s.enumType(q("mood")).orElseThrow().values()).containsExactly("ok", "sad");
    s.endTrial();
    assertThat(s.enumType(q("mood")).orElseThrow().values()).containsExactly("ok");
    assertThat(s.table(q("t")).orElseThrow().column("c")).isEmpty();
  }

  @Test
  void unqualifiedNamesDoNotFindTablesInOtherSchemas() {
    Schema s = replay("CREATE TABLE auth.users (id uuid PRIMARY KEY)");
    assertThat(s.table(q("users"))).isEmpty(); // the default search_path is public
    assertThat(s.table(new QualifiedName("public", "users"))).isEmpty();
    assertThat(s.table(new QualifiedName("auth", "users"))).isPresent();
    assertThat(s.table(new QualifiedName("storage", "users"))).isEmpty();
  }

  @Test
  void aDisabledSchemaKnowsNothing() {
    Schema s = new Schema(false);
    s.apply(parser.parse("CREATE TABLE t (id int)", OffsetMap.shift(0), 0));
    assertThat(s.enabled()).isFalse();
    assertThat(s.table(q("t"))).isEmpty();
    assertThat(s.isNewTable(q("t"))).isFalse();
  }

  @Test
  void partitionedTablesAreKnown() {
    Schema s = replay("CREATE TABLE m (d date, v int) PARTITION BY RANGE (d)",
        "CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    assertThat(s.table(q("m")).orElseThrow().partitioned()).isTrue();
    assertThat(s.table(q("m_2024")).orElseThrow().partitioned()).isFalse();
    assertThat(s.table(q("m_2024")).orElseThrow().partitionOf()).isEqualTo(q("m"));
  }

  @Test
  void notNullChecksAreRecognisedInsideConjunctions() {
    Constraint c = new Constraint("c", dev.godwit.model.TableConstraint.Kind.CHECK, List.of(), true,
        "((\"Region\" IS NOT NULL) AND (amount > 0))", null);
    assertThat(c.isNotNullCheckOn("Region")).isTrue();
    assertThat(c.isNotNullCheckOn("amount")).isFalse();
    Constraint or = new Constraint("d", dev.godwit.model.TableConstraint.Kind.CHECK, List.of(), true,
        "region IS NOT NULL OR amount > 0", null);
    assertThat(or.isNotNullCheckOn("region")).isFalse();
  }

  @Test
  void anUnparsedCreateTableStillMakesANewTable() {
    Schema s = new Schema();
    s.beginMigration(4);
    s.apply(new dev.godwit.model.Statement(new dev.godwit.model.Span(0, 10),
        "CREATE TABLE IF NOT EXISTS billing.\"Odd\" (x int) WITH (some_future_option = on) ???",
        OffsetMap.shift(0), new dev.godwit.model.Node.Unparsed("test", null),
        dev.godwit.model.Statement.Origin.UNPARSED, 0));
    assertThat(s.isNewTable(new QualifiedName("billing", "Odd"))).isTrue();
    assertThat(s.table(new QualifiedName("billing", "Odd")).orElseThrow().uncertain()).isTrue();
  }

  @Test
  void aTrialTakesEveryChangeBack() {
    Schema s = replay(
        "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text)",
        "CREATE TABLE auth.sessions (id uuid PRIMARY KEY, user_id bigint REFERENCES users (id))",
        "CREATE INDEX sessions_user ON auth.sessions (user_id)",
        "CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at)",
        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
        "ALTER TABLE users ADD CONSTRAINT users_name_check CHECK (name <> '') NOT VALID",
        "CREATE TYPE mood AS ENUM ('ok')",
        "CREATE SEQUENCE counter",
        "CREATE SEQUENCE billing.invoice_no");
    s.beginMigration(2);
    List<String> names = List.of("users", "renamed", "auth.sessions", "events", "events_2024", "extra", "mood",
        "counter", "billing.invoice_no", "auth.sessions_user", "users_pkey", "auth.sessions_pkey", "users_email_idx",
        "auth.gone");
    String before = describe(s, names);
    s.beginTrial();
    s.beginMigration(3);
    for (String sql : List.of(
        "ALTER TABLE users ADD COLUMN bio text, ALTER COLUMN name SET NOT NULL, ALTER COLUMN email DROP NOT NULL",
        "ALTER TABLE users VALIDATE CONSTRAINT users_name_check",
        "ALTER TABLE users RENAME COLUMN email TO mail",
        "CREATE INDEX users_email_idx ON users (mail)",
        "ALTER TABLE users RENAME TO renamed",
        "ALTER TABLE auth.sessions DROP COLUMN user_id",
        "ALTER INDEX auth.sessions_user RENAME TO gone",
        "ALTER TABLE events DETACH PARTITION events_2024",
        "DROP TABLE events_2024",
        "CREATE TABLE extra (id int)",
        "ALTER TYPE mood ADD VALUE 'sad'",
        "DROP SEQUENCE counter",
        "DROP SCHEMA billing CASCADE",
        "ALTER TABLE renamed DROP CONSTRAINT users_pkey",
        "DO $$ BEGIN PERFORM 1 FROM events; END $$")) {
      s.apply(parser.parse(sql, OffsetMap.shift(0), 0));
    }
    assertThat(describe(s, names)).isNotEqualTo(before);
    assertThat(s.isNewTable(q("extra"))).isTrue();
    s.endTrial();
    assertThat(describe(s, names)).isEqualTo(before);
    assertThat(s.isNewTable(q("users"))).isFalse();
    // the lookups by bare name and by table are rebuilt too
    assertThat(s.table(new QualifiedName("auth", "sessions"))).isPresent();
    assertThat(s.table(q("sessions"))).isEmpty();
    assertThat(s.table(q("renamed"))).isEmpty();
    assertThat(s.indexedBy(new QualifiedName("auth", "sessions"), List.of("user_id"))).isEqualTo(Knowledge.YES);
  }

  /** Everything the schema answers about these names, as text. */
  private static String describe(Schema s, List<String> names) {
    StringBuilder b = new StringBuilder();
    for (String n : names) {
      QualifiedName name = n.contains(".") ? new QualifiedName(n.substring(0, n.indexOf('.')),
          n.substring(n.indexOf('.') + 1)) : q(n);
      s.table(name).ifPresent(t -> b.append("table ").append(t.name()).append(' ').append(t.columns()).append(' ')
          .append(t.constraints()).append(" new=").append(s.isNewTable(name)).append(" uncertain=")
          .append(t.uncertain()).append(" partitioned=").append(t.partitioned()).append(" of=")
          .append(t.partitionOf()).append(" all=").append(t.knowsAllColumns()).append(" indexes=")
          .append(s.indexesOn(name)).append('\n'));
      s.index(name).ifPresent(i -> b.append("index ").append(i).append('\n'));
      s.enumType(name).ifPresent(e -> b.append("enum ").append(e).append('\n'));
      b.append("sequence ").append(n).append(' ').append(s.sequenceExists(name)).append('\n');
    }
    return b.toString();
  }
}
