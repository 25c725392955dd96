package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Node;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedSqlTest {
  private static List<Statement> statements(String sql) {
    SourceFile file = new SourceFile("m.sql", sql);
    return ScriptBuilder.parse(file, ScriptBuilder.whole(file)).withEmbedded();
  }

  @Test
  void doBlockStatementsFollowTheirHostWithSpansInTheHostFile() {
    String sql = "SET lock_timeout = '1s';\n"
        + "DO $$\nDECLARE n int;\nBEGIN\n"
        + "  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'x') THEN\n"
        + "    ALTER TABLE orders ADD COLUMN note text;\n"
        + "  END IF;\n"
        + "  UPDATE orders SET note = '' WHERE id = 1;\n"
        + "  n := 1;\n"
        + "  EXECUTE format('DROP TABLE %I', 'x');\n"
        + "  COMMIT;\n"
        + "END $$;\n"
        + "CREATE INDEX i ON orders (note);";
    List<Statement> all = statements(sql);
    assertThat(all).extracting(s -> s.node().getClass().getSimpleName())
        .containsExactly("SetVariable", "DoBlock", "AlterTable", "Dml", "Other", "CreateIndex");
    assertThat(all).extracting(Statement::index).containsExactly(0, 1, 2, 3, 4, 5);
    Statement alter = all.get(2);
    assertThat(sql.substring(alter.span().start(), alter.span().end()))
        .isEqualTo("ALTER TABLE orders ADD COLUMN note text");
    assertThat(alter.embedding().kind()).isEqualTo(Statement.Embedding.Kind.DO_BLOCK);
    assertThat(alter.embedding().hostIndex()).isEqualTo(1);
    assertThat(alter.embedding().conditional()).isTrue();
    assertThat(all.get(3).embedding().conditional()).isFalse();
    assertThat(all.get(3).runsInMigration()).isTrue();
    assertThat(((Node.Other) all.get(4).node()).keyword()).isEqualTo("EXECUTE");
    assertThat(all.get(5).embedded()).isFalse();
  }

  @Test
  void routineBodiesGiveOnlyTheirDdlAndDoNotRunInTheMigration() {
    String sql = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
        + "BEGIN\n  DELETE FROM sessions;\n  CREATE TABLE IF NOT EXISTS t (id int);\n  RETURN NEW;\nEND\n$body$;";
    List<Statement> all = statements(sql);
    assertThat(all).hasSize(2);
    assertThat(all.get(1).node()).isInstanceOf(Node.CreateTable.class);
    assertThat(all.get(1).runsInMigration()).isFalse();
  }

  @Test
  void quotedBodiesAndPlainScriptsAreLeftAlone() {
    // a quoted body without escapes is the host text verbatim; with doubled quotes it is not, and is skipped
    assertThat(statements("DO 'BEGIN ALTER TABLE t ADD COLUMN c int; END';")).hasSize(2);
    assertThat(statements("DO 'BEGIN UPDATE t SET c = ''x''; END';")).hasSize(1);
    List<Statement> plain = statements("ALTER TABLE t ADD COLUMN c int;\nDROP TABLE u;");
    assertThat(plain).hasSize(2).noneMatch(Statement::embedded);
  }

  @Test
  void executeOfAPlainLiteralIsStaticSql() {
    String sql = "DO $$ BEGIN EXECUTE 'DROP TABLE legacy'; EXECUTE 'DROP TABLE ' || t; END $$;";
    List<Statement> all = statements(sql);
    assertThat(all).hasSize(3);
    assertThat(all.get(1).node()).isInstanceOf(Node.Drop.class);
    assertThat(sql.substring(all.get(1).span().start(), all.get(1).span().end())).isEqualTo("DROP TABLE legacy");
    assertThat(((Node.Other) all.get(2).node()).keyword()).isEqualTo("EXECUTE");
  }
}
