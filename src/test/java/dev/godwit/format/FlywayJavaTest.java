package dev.godwit.format;

import dev.godwit.format.host.FlywayJava;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Direction;
import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flyway Java migrations read by declared type and in execution order. */
class FlywayJavaTest {
  private static final String IMPORTS = """
      package db.migration;
      import java.sql.*;
      import java.util.*;
      import org.flywaydb.core.api.migration.BaseJavaMigration;
      import org.flywaydb.core.api.migration.Context;
      """;

  private static Entry entry(String path, String src) {
    return new Entry(Path.of(path), new SourceFile(path, src));
  }

  private static List<Script> read(String cls, String body) {
    Entry e = entry("db/migration/" + cls + ".java", IMPORTS + "public class " + cls
        + " extends BaseJavaMigration {\n" + body + "\n}\n");
    return FlywayJava.read(e, Direction.UP, FlywayJava.Sources.of(List.of(e)));
  }

  private static List<String> sql(Script s) {
    return s.statements().stream().map(st -> st.sql().isEmpty() ? st.node().toString() : st.sql().strip()).toList();
  }

  private static String at(Script s, Statement st) {
    return s.file().text().substring(st.span().start(), st.span().end());
  }

  @Test
  void aStatementIsKnownByItsDeclaredTypeWhateverItsName() {
    List<Script> scripts = read("V1__A", """
          public void migrate(Context context) throws Exception {
            Statement select = context.getConnection().createStatement();
            select.execute("ALTER TABLE injects ALTER COLUMN description DROP NOT NULL");
            var other = context.getConnection().createStatement();
            other.executeUpdate("UPDATE injects SET title = 'x' WHERE id = 1");
            context.getConnection().prepareStatement("DELETE FROM tags WHERE id = 2").execute();
          }""");
    assertThat(scripts).hasSize(1);
    Script s = scripts.get(0);
    assertThat(sql(s)).containsExactly("ALTER TABLE injects ALTER COLUMN description DROP NOT NULL",
        "UPDATE injects SET title = 'x' WHERE id = 1", "DELETE FROM tags WHERE id = 2");
    assertThat(at(s, s.statements().get(0))).isEqualTo("ALTER TABLE injects ALTER COLUMN description DROP NOT NULL");
    assertThat(s.txMode()).isEqualTo(TxMode.WRAPPED);
  }

  @Test
  void statementsComeInExecutionOrderThroughPrivateMethods() {
    Script s = read("V2__B", """
          private static final String INDEX = "CREATE INDEX t_a_idx ON t (a)";
          public void migrate(Context context) throws Exception {
            Statement s = context.getConnection().createStatement();
            timeout(s);
            s.execute(INDEX);
          }
          private void timeout(Statement st) throws SQLException {
            st.execute("SET lock_timeout = '2s'");
          }""").get(0);
    assertThat(sql(s)).containsExactly("SET lock_timeout = '2s'", "CREATE INDEX t_a_idx ON t (a)");
    assertThat(at(s, s.statements().get(1))).isEqualTo("CREATE INDEX t_a_idx ON t (a)");
  }

  @Test
  void iteratedArraysAndListsFormatAndConstantsAreRead() {
    Script s = read("V3__C", """
          private static final String T = "orders";
          private static final String[] DDL = { "ALTER TABLE " + T + " ADD COLUMN a int", "DROP INDEX old_idx" };
          public void migrate(Context context) throws Exception {
            Statement st = context.getConnection().createStatement();
            st.execute(String.format("SET lock_timeout = '%s'", "3s"));
            for (String sql : DDL) {
              st.addBatch(sql);
            }
            st.executeBatch();
            for (String sql : Arrays.asList("ANALYZE orders", "VACUUM orders")) {
              st.execute(sql);
            }
            st.execute("COMMENT ON TABLE orders IS 'x'".concat(""));
          }""").get(0);
    assertThat(sql(s)).containsExactly("SET lock_timeout = '3s'", "ALTER TABLE orders ADD COLUMN a int",
        "DROP INDEX old_idx", "ANALYZE orders", "VACUUM orders", "COMMENT ON TABLE orders IS 'x'");
    assertThat(at(s, s.statements().get(2))).isEqualTo("DROP INDEX old_idx");
  }

  @Test
  void springTemplatesAndPreparedStatementsRunWhereTheyAreExecuted() {
    Script s = read("V4__D", """
          public void migrate(Context context) throws Exception {
            Connection conn = context.getConnection();
            PreparedStatement later = conn.prepareStatement("UPDATE a SET b = ? WHERE c = ?");
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(conn, true));
            jdbc.execute("SET statement_timeout = '1min'");
            later.setInt(1, 1);
            later.executeUpdate();
            jdbc.batchUpdate("DELETE FROM x WHERE y = 1", "DELETE FROM z WHERE y = 2");
            jdbc.update(computed());
          }
          private String computed() { return System.getenv("SQL"); }""").get(0);
    assertThat(sql(s)).startsWith("SET statement_timeout = '1min'", "UPDATE a SET b = ? WHERE c = ?",
        "DELETE FROM x WHERE y = 1", "DELETE FROM z WHERE y = 2");
    assertThat(s.statements().get(4).node()).isInstanceOfSatisfying(Node.DynamicSql.class,
        d -> assertThat(d.why()).contains("System.getenv"));
  }

  @Test
  void aClassExtendingAProjectBaseClassIsAMigrationAndItsBaseSqlIsCheckedInTheBase() {
    Entry base = entry("src/main/java/com/acme/db/Archiving.java", """
        package com.acme.db;
        import java.sql.Statement;
        import org.flywaydb.core.api.migration.BaseJavaMigration;
        import org.flywaydb.core.api.migration.Context;
        public abstract class Archiving extends BaseJavaMigration {
          protected abstract String table();
          public void migrate(Context context) throws Exception {
            Statement st = context.getConnection().createStatement();
            st.execute("DELETE FROM " + table() + " WHERE old");
          }
        }
        """);
    Entry mid = entry("src/main/java/com/acme/db/Quiet.java", """
        package com.acme.db;
        public abstract class Quiet extends Archiving {}
        """);
    Entry sub = entry("src/main/java/db/migration/V5__ArchiveOrders.java", """
        package db.migration;
        public class V5__ArchiveOrders extends com.acme.db.Quiet {
          protected String table() { return "orders"; }
        }
        """);
    FlywayJava.Sources sources = FlywayJava.Sources.of(List.of(base, mid, sub));
    assertThat(FlywayJava.detect(sub, sources)).isTrue();
    assertThat(FlywayJava.detect(base, sources)).isFalse();
    List<Script> scripts = FlywayJava.read(sub, Direction.UP, sources);
    assertThat(scripts).extracting(sc -> sc.file().name()).containsExactly("V5__ArchiveOrders.java", "Archiving.java");
    assertThat(scripts.get(0).statements()).singleElement().satisfies(st -> assertThat(st.node())
        .isInstanceOfSatisfying(Node.DynamicSql.class, d -> assertThat(d.why()).contains("inherits from Archiving")));
    Script inBase = scripts.get(1);
    assertThat(sql(inBase)).containsExactly("DELETE FROM orders WHERE old");
    // the subclass's value sits on the call that returns it, in the base class's file
    Statement del = inBase.statements().get(0);
    assertThat(inBase.file().text().substring(del.map().toHost(12))).startsWith("table() + \" WHERE");
  }

  @Test
  void jooqBuilderChainsBecomeStatementsSpanningTheChain() {
    Script s = read("V6__E", """
          public void migrate(Context context) {
            var dsl = using(context.getConnection());
            dsl.transaction(configuration -> {
              using(configuration)
                  .alterTable("user")
                  .addColumn("active", BOOLEAN.defaultValue(true).nullable(false))
                  .execute();
              using(configuration).alterTable("project").renameColumn("nanoid").to("nano_id").execute();
              using(configuration).createUniqueIndex("p_code").on("project", "code").execute();
              using(configuration).alterTable("t").alter("c").setNotNull().execute();
              using(configuration).alterTable("t").dropColumn("d").cascade().execute();
              using(configuration).dropTableIfExists("tmp").execute();
              using(configuration).update("t").set(field("a"), 1).execute();
              using(configuration).deleteFrom("t").where(field("a").eq(2)).execute();
              using(configuration).createTable("u").column("id", BIGINT.identity(true))
                  .constraints(constraint("u_fk").foreignKey("id").references("t", "id")).execute();
              using(configuration).createSequence("s").execute();
              dsl.execute("TRUNCATE tmp2");
            });
          }""").get(0);
    assertThat(sql(s)).containsExactly(
        "ALTER TABLE \"user\" ADD COLUMN \"active\" boolean DEFAULT true NOT NULL",
        "ALTER TABLE \"project\" RENAME COLUMN \"nanoid\" TO \"nano_id\"",
        "CREATE UNIQUE INDEX \"p_code\" ON \"project\" (\"code\")",
        "ALTER TABLE \"t\" ALTER COLUMN \"c\" SET NOT NULL",
        "ALTER TABLE \"t\" DROP COLUMN \"d\" CASCADE",
        "DROP TABLE IF EXISTS \"tmp\"",
        "UPDATE \"t\" SET \"a\" = 1",
        "DELETE FROM \"t\" WHERE \"a\" = 2",
        "CREATE TABLE \"u\" (\"id\" bigint GENERATED BY DEFAULT AS IDENTITY, CONSTRAINT \"u_fk\" FOREIGN KEY (\"id\")"
            + " REFERENCES \"t\" (\"id\"))",
        "DynamicSql[call=using(configuration).createSequence(\"s\").execute(), why=Godwit does not model the jOOQ"
            + " call createSequence()]",
        "TRUNCATE tmp2");
    Statement first = s.statements().get(0);
    assertThat(at(s, first)).startsWith("using(configuration)").endsWith(".execute()");
    String name = s.file().text().substring(first.map().toHost(first.sql().indexOf("active")),
        first.map().toHost(first.sql().indexOf("active") + 6));
    assertThat(name).isEqualTo("active");
  }

  @Test
  void aJooqTransactionOutsideFlywaysOpensItsOwn() {
    Script s = read("V7__F", """
          public boolean canExecuteInTransaction() { return false; }
          public void migrate(Context context) {
            DSLContext ctx = DSL.using(context.getConnection());
            ctx.execute("CREATE INDEX CONCURRENTLY a_idx ON a (b)");
            ctx.transaction(cfg -> DSL.using(cfg).dropIndex("old_idx").execute());
          }""").get(0);
    assertThat(s.txMode()).isEqualTo(TxMode.AUTOCOMMIT);
    assertThat(sql(s)).containsExactly("CREATE INDEX CONCURRENTLY a_idx ON a (b)", "BEGIN", "DROP INDEX \"old_idx\"",
        "COMMIT");
  }

  @Test
  void aClassWithNoStatementSaysWhy() {
    Script empty = read("V8__G", "public void migrate(Context context) { }").get(0);
    assertThat(empty.statements()).singleElement().satisfies(st -> assertThat(st.node())
        .isInstanceOfSatisfying(Node.DynamicSql.class, d -> assertThat(d.why()).contains("nothing to run")));
    Script handed = read("V9__H", """
          public void migrate(Context context) throws Exception {
            new Migrator().run(context.getConnection());
          }""").get(0);
    assertThat(handed.statements()).singleElement().satisfies(st -> assertThat(st.node())
        .isInstanceOfSatisfying(Node.DynamicSql.class, d -> assertThat(d.why())
            .contains("hands the database connection to new Migrator().run(context.getConnection())")));
    Script scripts = read("V10__I", """
          public void migrate(Context context) throws Exception {
            ResourceDatabasePopulator p = new ResourceDatabasePopulator();
            p.addScript(new ClassPathResource("db/seed.sql"));
            p.populate(context.getConnection());
          }""").get(0);
    assertThat(scripts.statements()).singleElement().satisfies(st -> assertThat(st.node())
        .isInstanceOfSatisfying(Node.DynamicSql.class, d -> assertThat(d.why()).contains("SQL script files")));
  }

  @Test
  void flywayFiveJdbcMigrationsAreReadToo() {
    Entry e = entry("db/migration/V11__Old.java", """
        package db.migration;
        import java.sql.Connection;
        import org.flywaydb.core.api.migration.jdbc.JdbcMigration;
        public class V11__Old implements JdbcMigration {
          public void migrate(Connection connection) throws Exception {
            connection.createStatement().execute("DROP TABLE legacy");
          }
        }
        """);
    FlywayJava.Sources sources = FlywayJava.Sources.of(List.of(e));
    assertThat(FlywayJava.detect(e, sources)).isTrue();
    assertThat(sql(FlywayJava.read(e, Direction.UP, sources).get(0))).containsExactly("DROP TABLE legacy");
  }

  @Test
  void aSpringConnectionCallbackRunsWithItsConnection() {
    Script s = read("V12__J", """
          public void migrate(Context context) throws Exception {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
            jdbc.execute((ConnectionCallback<Void>) con -> {
              con.prepareStatement("ALTER TABLE a ADD COLUMN b int").execute();
              return null;
            });
          }""").get(0);
    assertThat(sql(s)).containsExactly("ALTER TABLE a ADD COLUMN b int");
  }
}
