package dev.godwit.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Comment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
  static List<String> texts(String sql) {
    return StatementSplitter.split(sql).statements().stream()
        .map(r -> sql.substring(r.span().start(), r.span().end())).toList();
  }

  @Test
  void splitsAtSemicolonsAndKeepsALastStatementWithoutOne() {
    assertThat(texts("CREATE TABLE a (id int);\n\n  DROP TABLE b ;SELECT 1"))
        .containsExactly("CREATE TABLE a (id int)", "DROP TABLE b", "SELECT 1");
  }

  @Test
  void ignoresSemicolonsInQuotesCommentsAndDollarQuotes() {
    String sql = "INSERT INTO t VALUES ('a;b', E'it\\'s;', \"x;y\");\n"
        + "-- a comment; with a semicolon\n"
        + "/* block /* nested; */ still; */\n"
        + "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $x$;$x$ $body$ LANGUAGE sql;\n"
        + "DO $$ BEGIN PERFORM 1; END $$;";
    List<String> parts = texts(sql);
    assertThat(parts).hasSize(3);
    assertThat(parts.get(0)).endsWith("\"x;y\")");
    assertThat(parts.get(1)).startsWith("CREATE FUNCTION").endsWith("LANGUAGE sql");
    assertThat(parts.get(2)).isEqualTo("DO $$ BEGIN PERFORM 1; END $$");
  }

  @Test
  void keepsFlywayPlaceholdersAndPositionalParameters() {
    assertThat(texts("ALTER TABLE ${schema}.t ADD COLUMN c int; SELECT $1;"))
        .containsExactly("ALTER TABLE ${schema}.t ADD COLUMN c int", "SELECT $1");
  }

  @Test
  void semicolonsInsideParenthesesAndBeginAtomicDoNotSplit() {
    assertThat(texts("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2)); SELECT 1;"))
        .hasSize(2);
    assertThat(texts("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END; SELECT 2;"))
        .containsExactly("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END",
            "SELECT 2");
  }

  @Test
  void transactionBlocksAreSeparateStatements() {
    assertThat(texts("BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;")).containsExactly("BEGIN", "CREATE TABLE a (id int)", "COMMIT");
  }

  @Test
  void psqlMetaCommandsAreLinesOfTheirOwn() {
    SplitResult r = StatementSplitter.split("\\set ON_ERROR_STOP on\nSELECT :'v';\n  \\i other.sql\n");
    assertThat(r.statements()).extracting(RawStatement::meta).containsExactly(true, false, true);
    assertThat(r.statements().get(0).span().end()).isEqualTo("\\set ON_ERROR_STOP on".length());
  }

  @Test
  void unterminatedConstructsEndTheStatementAtTheEndAndSaySo() {
    for (String sql : List.of("SELECT 'abc; SELECT 2;", "SELECT $$ abc; SELECT 2;", "SELECT \"abc; SELECT 2;",
        "SELECT 1 /* abc; SELECT 2;")) {
      SplitResult r = StatementSplitter.split(sql);
      assertThat(r.statements()).as(sql).hasSize(1);
      assertThat(r.statements().get(0).problem()).as(sql).startsWith("unterminated");
      assertThat(r.statements().get(0).problemAt()).as(sql).isEqualTo(sql.startsWith("SELECT 1") ? 9 : 7);
    }
    SplitResult c = StatementSplitter.split("/* never closed\nCREATE TABLE a (id int);");
    assertThat(c.statements()).hasSize(1);
    assertThat(c.statements().get(0).problem()).isEqualTo("unterminated /* comment");
  }

  @Test
  void nonBreakingSpaceAndCrlfAreWhitespace() {
    assertThat(texts("\u00a0CREATE TABLE a (id int);\r\n\u00a0\r\nDROP TABLE a;\r\n"))
        .containsExactly("CREATE TABLE a (id int)", "DROP TABLE a");
  }

  @Test
  void commentsAreCollectedWithTheirBodies() {
    List<Comment> cs = StatementSplitter.split("-- one\nSELECT 1; /* two */").comments();
    assertThat(cs).extracting(Comment::body).containsExactly(" one", " two ");
  }

  @Test
  void largeInputsSplitInLinearTime() {
    String unterminated = "SELECT $$" + "x".repeat(10_000_000);
    assertThat(StatementSplitter.split(unterminated).statements()).hasSize(1);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      many.append("SELECT ").append(i).append(";\n");
    }
    assertThat(StatementSplitter.split(many.toString()).statements()).hasSize(200_000);
    String parens = "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; SELECT 2;";
    assertThat(StatementSplitter.split(parens).statements()).hasSize(2);
  }

  /** Every file of the test data and every saved fuzz input keeps the split invariants. */
  @Test
  void testDataKeepsTheSplitInvariants() throws IOException {
    int n = 0;
    try (Stream<Path> s = Files.walk(Path.of("testdata"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        SplitInvariants.check(text);
        n++;
      }
    }
    assertThat(n).isGreaterThan(20);
  }

  @Test
  void corpusFilesKeepTheSplitInvariants() throws IOException {
    Path corpus = Path.of("..", "shared", "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "the shared corpus is not present");
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".sql")).toList()) {
        SplitInvariants.check(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
  }
}
