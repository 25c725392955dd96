package dev.godwit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.godwit.model.AlterAction;
import dev.godwit.model.DataType;
import dev.godwit.model.Expr;
import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SqlParserTest {

  private final SqlParser parser = new SqlParser();

  private Statement parse(String sql) {
    return parser.parse(sql, OffsetMap.shift(0), 0);
  }

  private static String at(String text, Span span, int base) {
    return text.substring(span.start() - base, span.end() - base);
  }

  @Test
  void statementSpanSkipsSurroundingCommentsAndIsShifted() {
    String sql = "-- lead\n/* block /* nested */ */  ALTER TABLE t ADD COLUMN a int  -- trail\n";
    Statement s = parser.parse(sql, OffsetMap.shift(100), 3);
    assertThat(s.span().start()).isEqualTo(100 + sql.indexOf("ALTER"));
    assertThat(at(sql, s.span(), 100)).isEqualTo("ALTER TABLE t ADD COLUMN a int");
    assertThat(s.sql()).isEqualTo(sql);
    assertThat(s.index()).isEqualTo(3);
  }

  @Test
  void actionSpansCoverTheirOwnText() {
    String sql = "ALTER TABLE t ADD COLUMN a int DEFAULT 0, ALTER COLUMN b SET NOT NULL,\n"
        + "  DROP CONSTRAINT IF EXISTS c_chk, OWNER TO app";
    Statement s = parser.parse(sql, OffsetMap.shift(100), 0);
    Node.AlterTable a = (Node.AlterTable) s.node();
    assertThat(a.actions()).extracting(x -> at(sql, x.span(), 100)).containsExactly(
        "ADD COLUMN a int DEFAULT 0", "ALTER COLUMN b SET NOT NULL", "DROP CONSTRAINT IF EXISTS c_chk",
        "OWNER TO app");
    AlterAction.AddColumn add = (AlterAction.AddColumn) a.actions().get(0);
    assertThat(at(sql, add.column().span(), 100)).isEqualTo("a int DEFAULT 0");
    assertThat(at(sql, add.column().defaultValue().span(), 100)).isEqualTo("0");
  }

  @Test
  void doBlockBodySpan() {
    String sql = "DO $body$ BEGIN PERFORM 1; END $body$";
    Node.DoBlock d = (Node.DoBlock) parser.parse(sql, OffsetMap.shift(10), 0).node();
    assertThat(d.body()).isEqualTo(" BEGIN PERFORM 1; END ");
    assertThat(at(sql, d.bodySpan(), 10)).isEqualTo(d.body());
  }

  @Test
  void originsReflectWhoUnderstoodTheStatement() {
    assertThat(parse("COMMIT").origin()).isEqualTo(Statement.Origin.RECOGNIZER);
    assertThat(parse("BEGIN").origin()).isEqualTo(Statement.Origin.RECOGNIZER);
    assertThat(parse("DROP INDEX CONCURRENTLY IF EXISTS i").origin()).isEqualTo(Statement.Origin.RECOGNIZER);
    assertThat(parse("GRANT SELECT ON users TO app").origin()).isEqualTo(Statement.Origin.RECOGNIZER);
    // the recognizer does not know this index option; JSqlParser accepts it and its AST is mapped
    assertThat(parse("CREATE INDEX i ON t (a) BOGUS").origin()).isEqualTo(Statement.Origin.PARSER);
    assertThat(parse("\\set ON_ERROR_STOP on").origin()).isEqualTo(Statement.Origin.META);
  }

  @Test
  void dropIndexConcurrentlyWithoutIfExistsKeepsTheRealName() {
    Node.Drop d = (Node.Drop) parse("DROP INDEX CONCURRENTLY idx_a").node();
    assertThat(d.concurrently()).isTrue();
    assertThat(d.names()).extracting(Object::toString).containsExactly("idx_a");
  }

  @Test
  void garbageIsUnparsedWithReasonAndErrorSpan() {
    for (String sql : new String[] {"CREATE INDEX ON (", "FOO BAR", "ALTER TABLE t ADD COLUMN", "SELECT FROM WHERE ("}) {
      Statement s = parser.parse(sql, OffsetMap.shift(50), 0);
      assertThat(s.origin()).as(sql).isEqualTo(Statement.Origin.UNPARSED);
      Node.Unparsed u = (Node.Unparsed) s.node();
      assertThat(u.reason()).as(sql).isNotBlank();
      assertThat(u.errorSpan()).as(sql).isNotNull();
      assertThat(s.span().contains(u.errorSpan())).as(sql).isTrue();
    }
    Node.Unparsed u = (Node.Unparsed) parse("FOO BAR").node();
    assertThat(u.reason()).isEqualTo("unexpected \"FOO\"");
    assertThat(u.errorSpan()).isEqualTo(new Span(0, 3));
  }

  @Test
  void emptyStatementIsUnparsed() {
    Statement s = parse("  -- only a comment\n");
    assertThat(s.origin()).isEqualTo(Statement.Origin.UNPARSED);
  }

  @Test
  void neverThrowsOnRandomTokenSoup() {
    String[] soup = {"CREATE", "INDEX", "TABLE", "ALTER", "ADD", "COLUMN", "DROP", "(", ")", ",", "'x'", "$$",
        "$$ y $$", "\"Q\"", "--", "/*", "*/", "::", ":v", "${p}", "E'\\'", "1", "-", "NOT", "NULL", "DEFAULT",
        "CONCURRENTLY", "IF", "EXISTS", "ON", "t", "USING", "[", "]", ";", "\u00A0", "SET", "TO", "=", "DO",
        "WHERE", "CONSTRAINT", "CHECK", "PRIMARY", "KEY", "REFERENCES", "GENERATED", "AS", "TYPE", "\\", "U&'a'"};
    Random r = new Random(42);
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(14);
      for (int j = 0; j < n; j++) {
        b.append(soup[r.nextInt(soup.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      String sql = b.toString();
      int idx = i;
      assertThatCode(() -> {
        Statement s = parser.parse(sql, OffsetMap.shift(7), idx);
        assertThat(s.node()).isNotNull();
        assertThat(s.span().start()).isGreaterThanOrEqualTo(7);
      }).as(sql).doesNotThrowAnyException();
    }
  }

  @Test
  void dataTypesAreCanonical() {
    String[][] cases = {
        {"int", "integer"}, {"int4", "integer"}, {"INTEGER", "integer"}, {"int8", "bigint"}, {"int2", "smallint"},
        {"varchar(10)", "character varying"}, {"character varying(5)", "character varying"},
        {"char(2)", "character"}, {"bpchar", "character"}, {"timestamptz", "timestamp with time zone"},
        {"timestamp(3) with time zone", "timestamp with time zone"},
        {"timestamp", "timestamp without time zone"}, {"timestamp without time zone", "timestamp without time zone"},
        {"bool", "boolean"}, {"float8", "double precision"}, {"double precision", "double precision"},
        {"float(10)", "real"}, {"decimal(10,2)", "numeric"}, {"serial4", "serial"}, {"serial8", "bigserial"},
        {"pg_catalog.int4", "integer"}, {"app.money_t", "app.money_t"}, {"\"MyType\"", "MyType"},
        {"interval day to second", "interval"}, {"text[][]", "text"}, {"int ARRAY", "integer"}};
    for (String[] c : cases) {
      Node.AlterTable a = (Node.AlterTable) parse("ALTER TABLE t ADD COLUMN x " + c[0] + " NOT NULL").node();
      DataType dt = ((AlterAction.AddColumn) a.actions().get(0)).column().type();
      assertThat(dt.name()).as(c[0]).isEqualTo(c[1]);
      assertThat(dt.text()).as(c[0]).isEqualTo(c[0]);
    }
    DataType arr = ((AlterAction.AddColumn) ((Node.AlterTable) parse("ALTER TABLE t ADD x varchar(3)[]").node())
        .actions().get(0)).column().type();
    assertThat(arr.array()).isTrue();
    assertThat(arr.modifiers()).containsExactly("3");
  }

  private Expr defaultOf(String expr) {
    Node.AlterTable a = (Node.AlterTable) parse("ALTER TABLE t ALTER COLUMN c SET DEFAULT " + expr).node();
    return ((AlterAction.SetDefault) a.actions().get(0)).value();
  }

  @Test
  void expressionsKnowTheirFunctionsAndLiterals() {
    assertThat(defaultOf("now()").functions()).containsExactly("now");
    assertThat(defaultOf("pg_catalog.now()").functions()).containsExactly("now");
    assertThat(defaultOf("nextval('s'::regclass)").functions()).containsExactly("nextval");
    assertThat(defaultOf("CURRENT_TIMESTAMP").functions()).containsExactly("current_timestamp");
    assertThat(defaultOf("LOCALTIMESTAMP(3)").functions()).containsExactly("localtimestamp");
    assertThat(defaultOf("(random() * 10)::int").functions()).containsExactly("random");
    for (String lit : new String[] {"0", "-1", "'x'", "'x'::text", "TRUE", "false", "NULL", "'{}'::text[]", "1.5e3",
        "('a')", "interval '1 day'", "E'a\\'b'", "'a'::character varying"}) {
      assertThat(defaultOf(lit).literal()).as(lit).isTrue();
      assertThat(defaultOf(lit).functions()).as(lit).isEmpty();
    }
    for (String nonLit : new String[] {"now()", "1 + 1", "CURRENT_DATE", "gen_random_uuid()", "x"}) {
      assertThat(defaultOf(nonLit).literal()).as(nonLit).isFalse();
    }
  }

  @Test
  void placeholdersAndPsqlVariablesAreNames() {
    Statement s = parse("CREATE INDEX CONCURRENTLY idx_${suffix} ON ${schema}.users (email)");
    assertThat(s.origin()).isNotEqualTo(Statement.Origin.UNPARSED);
    Node.CreateIndex ci = (Node.CreateIndex) s.node();
    assertThat(ci.name().name()).isEqualTo("idx_${suffix}");
    assertThat(ci.table().schema()).isEqualTo("${schema}");
    Statement v = parse("ALTER TABLE :\"tbl\" ADD COLUMN a int DEFAULT :'dflt'");
    assertThat(v.origin()).isEqualTo(Statement.Origin.RECOGNIZER);
    assertThat(v.node()).isInstanceOf(Node.AlterTable.class);
  }

  @Test
  void nonBreakingSpaceIsWhitespace() {
    Statement s = parse("CREATE\u00A0INDEX\u00A0CONCURRENTLY i ON t (a)");
    assertThat(s.origin()).isEqualTo(Statement.Origin.RECOGNIZER);
    assertThat(((Node.CreateIndex) s.node()).concurrently()).isTrue();
  }

  @Test
  void strictAboutWhatItModels() {
    assertThat(parse("CREATE INDEX i ON t (a").origin()).isEqualTo(Statement.Origin.UNPARSED);
    assertThat(parse("CREATE INDEX i ON t USING (a)").origin()).isEqualTo(Statement.Origin.UNPARSED);
    // JSqlParser keeps unknown trailing index options as raw tokens and accepts this; mapped from its AST
    Statement ci = parse("CREATE UNIQUE INDEX CONCURRENTLY \"I\" ON s.t (a) BOGUS");
    assertThat(ci.origin()).isEqualTo(Statement.Origin.PARSER);
    Node.CreateIndex idx = (Node.CreateIndex) ci.node();
    assertThat(idx.concurrently()).isTrue();
    assertThat(idx.unique()).isTrue();
    assertThat(idx.name().name()).isEqualTo("I");
    assertThat(idx.table()).hasToString("s.t");
    // JSqlParser keeps unknown column options as raw tokens and accepts this; the recognizer does not model it
    assertThat(parse("ALTER TABLE t ADD COLUMN a int WHATEVER").node()).isInstanceOf(Node.Other.class);
  }

  @Test
  void moreForms() {
    Node.CreateTable ct = (Node.CreateTable) parse(
        "CREATE TEMP TABLE IF NOT EXISTS x (a int NOT NULL DEFAULT 1, b text COLLATE \"C\" REFERENCES y (id) "
            + "ON DELETE SET NULL, c int GENERATED ALWAYS AS (a * 2) STORED, d int CONSTRAINT d_chk CHECK (d > 0), "
            + "UNIQUE (a, b))").node();
    assertThat(ct.temporary()).isTrue();
    assertThat(ct.columns().get(0).defaultValue().literal()).isTrue();
    assertThat(ct.columns().get(1).references().name()).isEqualTo("y");
    assertThat(ct.columns().get(2).generatedStored()).isTrue();
    assertThat(ct.columns().get(3).check()).isTrue();
    assertThat(ct.constraints()).hasSize(1);
    assertThat(((Node.CreateTable) parse("CREATE TABLE x AS SELECT * FROM y").node()).asSelect()).isTrue();
    assertThat(((Node.Reindex) parse("REINDEX (VERBOSE, CONCURRENTLY) TABLE t").node()).concurrently()).isTrue();
    assertThat(((Node.Transaction) parse("ROLLBACK TO SAVEPOINT s").node()).kind()).isEqualTo(Node.TxKind.ROLLBACK_TO);
    assertThat(((Node.Transaction) parse("PREPARE TRANSACTION 'x'").node()).kind()).isEqualTo(Node.TxKind.PREPARE);
    assertThat(((Node.Transaction) parse("COMMIT PREPARED 'x'").node()).kind())
        .isEqualTo(Node.TxKind.COMMIT_PREPARED);
    assertThat(((Node.Transaction) parse("END").node()).kind()).isEqualTo(Node.TxKind.COMMIT);
    assertThat(((Node.SetVariable) parse("SET SESSION TIME ZONE 'UTC'").node()).name()).isEqualTo("timezone");
    assertThat(((Node.ResetVariable) parse("RESET ALL").node()).name()).isEqualTo("all");
    Node.Dml ins = (Node.Dml) parse("INSERT INTO a (x) SELECT x FROM b WHERE y").node();
    assertThat(ins.fromQuery()).isTrue();
    Node.Dml upd = (Node.Dml) parse("WITH q AS (SELECT 1 WHERE true) UPDATE t SET a = (SELECT 1 WHERE x)").node();
    assertThat(upd.kind()).isEqualTo(Node.DmlKind.UPDATE);
    assertThat(upd.hasWhere()).isFalse();
    assertThat(((Node.Dml) parse("COPY t (a, b) FROM stdin").node()).kind()).isEqualTo(Node.DmlKind.COPY);
    assertThat(((Node.LockTable) parse("LOCK t").node()).mode()).isEqualTo("ACCESS EXCLUSIVE");
    assertThat(((Node.LockTable) parse("LOCK TABLE a, b IN SHARE ROW EXCLUSIVE MODE NOWAIT").node()).tables())
        .hasSize(2);
    assertThat(((Node.CreateTrigger) parse("CREATE OR REPLACE CONSTRAINT TRIGGER tr AFTER INSERT OR UPDATE OF a, b "
        + "ON s.t DEFERRABLE FOR EACH ROW EXECUTE PROCEDURE f()").node()).table().schema()).isEqualTo("s");
    Node.Drop dp = (Node.Drop) parse("DROP POLICY IF EXISTS p ON t").node();
    assertThat(dp.on().name()).isEqualTo("t");
    Node.AlterTable det = (Node.AlterTable) parse("ALTER TABLE p DETACH PARTITION c FINALIZE").node();
    assertThat(((AlterAction.DetachPartition) det.actions().get(0)).finalizeDetach()).isTrue();
    Node.AlterTable trg = (Node.AlterTable) parse("ALTER TABLE t DISABLE TRIGGER ALL, SET UNLOGGED, "
        + "SET ACCESS METHOD heap2, SET SCHEMA s").node();
    assertThat(trg.actions()).extracting(x -> x.getClass().getSimpleName())
        .containsExactly("EnableDisableTrigger", "SetLogged", "SetAccessMethod", "SetSchema");
  }
}
