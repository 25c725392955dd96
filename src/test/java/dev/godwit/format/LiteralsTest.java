package dev.godwit.format;

import dev.godwit.format.host.PyModule;
import dev.godwit.format.host.PyTokenizer;
import dev.godwit.format.host.SqlText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SQL taken out of Java and Python literals: values and host offsets. */
class LiteralsTest {
  @Test
  void javaStringEscapesMapToTheirEscapeSequence() {
    String src = "x(\"a\\\"b\\n\\u0041\\101\");";
    SqlText t = SqlText.javaString(src, 2);
    assertThat(t.toString()).isEqualTo("a\"b\nAA");
    var map = t.map();
    assertThat(map.toHost(0)).isEqualTo(3); // a
    assertThat(map.toHost(1)).isEqualTo(4); // \" starts at the backslash
    assertThat(map.toHost(2)).isEqualTo(6); // b
    assertThat(map.toHost(4)).isEqualTo(9); // \u0041
    assertThat(map.toHost(5)).isEqualTo(15); // \101
  }

  @Test
  void javaTextBlockStripsIncidentalIndentation() {
    String src = "s(\"\"\"\n      SELECT 1\n        FROM t\n      \"\"\");";
    SqlText t = SqlText.javaTextBlock(src, 2);
    assertThat(t.toString()).isEqualTo("SELECT 1\n  FROM t\n");
    assertThat(src.charAt(t.map().toHost(0))).isEqualTo('S');
    assertThat(src.charAt(t.map().toHost(11))).isEqualTo('F');
  }

  @Test
  void pythonStringsOfEveryKind() {
    String src = "a = 'x\\'y'\nb = r\"\\d\"\nc = '''multi\nline'''\nd = f\"{v}\"\ne = b'\\x41'  # c\n";
    List<PyTokenizer.Tok> toks = PyTokenizer.tokenize(src);
    List<String> values = toks.stream().filter(t -> t.kind() == PyTokenizer.Kind.STRING)
        .map(t -> PyTokenizer.value(src, t).toString()).toList();
    assertThat(values).containsExactly("x'y", "\\d", "multi\nline", "{v}", "A");
    assertThat(toks.stream().filter(t -> t.kind() == PyTokenizer.Kind.COMMENT).map(PyTokenizer.Tok::text))
        .containsExactly("# c");
    assertThat(toks.stream().filter(t -> t.kind() == PyTokenizer.Kind.STRING).filter(PyTokenizer::isFString))
        .hasSize(1);
  }

  @Test
  void pythonBracketsAndContinuationsKeepOneLogicalLine() {
    String src = "op.execute(\n    'a'\n    'b'\n)\nx = 1 + \\\n  2\ny = 3\n";
    List<PyTokenizer.Tok> starts = PyTokenizer.tokenize(src).stream().filter(PyTokenizer.Tok::lineStart).toList();
    assertThat(starts).extracting(PyTokenizer.Tok::text).containsExactly("op", "x", "y");
    PyModule py = new PyModule(src);
    int open = 3;
    assertThat(py.toks.get(open).text()).isEqualTo("(");
    assertThat(py.string(open + 1, py.close(open), 0).toString()).isEqualTo("ab");
  }

  @Test
  void alembicTrivialDowngrades() {
    for (String body : List.of("    pass\n", "    \"\"\"doc\"\"\"\n    pass\n", "    raise NotImplementedError()\n")) {
      PyModule py = new PyModule("def downgrade():\n" + body);
      assertThat(Alembic.trivial(py, py.function("downgrade"))).as(body).isTrue();
    }
    PyModule real = new PyModule("def downgrade():\n    op.drop_table('t')\n");
    assertThat(Alembic.trivial(real, real.function("downgrade"))).isFalse();
  }

  @Test
  void sqitchPlanReworkedChangesUseTheirTag() {
    List<Sqitch.Change> plan = Sqitch.plan("%project=x\n\na 2026 A <a@x> # a\nb [a] 2026 A <a@x>\n@v1 2026 A <a@x>\n"
        + "a [a@v1] 2026 A <a@x> # rework\n");
    assertThat(plan).extracting(c -> c.name() + (c.tag() == null ? "" : c.tag())).containsExactly("a@v1", "b", "a");
  }

  @Test
  void liquibaseAndSqlAlchemyTypes() {
    assertThat(LiquibaseXml.type("DATETIME")).isEqualTo("timestamp");
    assertThat(LiquibaseXml.type("VARCHAR(128)")).isEqualTo("VARCHAR(128)");
    assertThat(LiquibaseXml.type("java.sql.Types.DOUBLE")).isEqualTo("double precision");
    assertThat(AlembicOps.type("sa.String(length=50)")).isEqualTo("varchar(50)");
    assertThat(AlembicOps.type("sa.String(50)")).isEqualTo("varchar(50)");
    assertThat(AlembicOps.type("sa.DateTime(timezone=True)")).isEqualTo("timestamptz");
    assertThat(AlembicOps.type("postgresql.JSONB()")).isEqualTo("jsonb");
  }

  @Test
  void xmlKeepsOffsetsThroughEntitiesAndCdata() {
    String src = "<a><sql>x &lt; 1<![CDATA[ & y]]></sql></a>";
    MiniXml.Element root = MiniXml.parse(src);
    MiniXml.Element sql = root.child("sql");
    assertThat(sql.text()).isEqualTo("x < 1 & y");
    assertThat(sql.textOffsets()[2]).isEqualTo(src.indexOf("&lt;"));
    assertThat(sql.textOffsets()[6]).isEqualTo(src.indexOf("& y"));
  }
}
