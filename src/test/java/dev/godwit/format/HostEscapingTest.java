package dev.godwit.format;

import dev.godwit.format.host.PyModule;
import dev.godwit.format.host.PyTokenizer;
import dev.godwit.format.host.SqlText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.format.host.PyTokenizer.Kind;
import dev.godwit.format.host.PyTokenizer.Tok;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.OffsetMap.HostInsert;
import dev.godwit.model.Span;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a fix's insertion into SQL lands in the host file, and how the host literal escapes it. */
class HostEscapingTest {
  /** The SQL of the first string literal of a Python source, with its map. */
  private static SqlText python(String src) {
    for (Tok t : PyTokenizer.tokenize(src)) {
      if (t.kind() == Kind.STRING) {
        return PyTokenizer.value(src, t);
      }
    }
    throw new AssertionError("no string in " + src);
  }

  /** The host text after inserting {@code text} before SQL offset {@code at}, or null when refused. */
  private static String insert(String src, SqlText sql, int at, String text) {
    HostInsert i = sql.map().insert(at, text);
    return i == null ? null : src.substring(0, i.offset()) + i.text() + src.substring(i.offset());
  }

  @Test
  void pythonStringsTakeTheirOwnEscapes() {
    String src = "cur.execute('CREATE INDEX \\'ix\\' ON t (a)')";
    SqlText sql = python(src);
    assertThat(sql.toString()).isEqualTo("CREATE INDEX 'ix' ON t (a)");
    assertThat(insert(src, sql, 12, " CONCURRENTLY")).isEqualTo("cur.execute('CREATE INDEX CONCURRENTLY \\'ix\\' ON t (a)')");
    // before an escaped character: before its backslash
    assertThat(insert(src, sql, 13, "IF NOT EXISTS ")).isEqualTo("cur.execute('CREATE INDEX IF NOT EXISTS \\'ix\\' ON t (a)')");
    assertThat(insert(src, sql, 13, "it's ")).isEqualTo("cur.execute('CREATE INDEX it\\'s \\'ix\\' ON t (a)')");
    assertThat(insert(src, sql, 13, "a\\b\n")).isEqualTo("cur.execute('CREATE INDEX a\\\\b\\n\\'ix\\' ON t (a)')");
    // % is a placeholder when the call passes parameters
    assertThat(insert(src, sql, 13, "100% ")).isNull();
    // at the end: before the closing quote
    assertThat(insert(src, sql, sql.length(), " x")).isEqualTo("cur.execute('CREATE INDEX \\'ix\\' ON t (a) x')");
  }

  @Test
  void rawStringsRefuseWhatTheyCannotHold() {
    String src = "op.execute(r'CREATE INDEX \"ix\\u\" ON t (a)')";
    SqlText sql = python(src);
    assertThat(sql.toString()).isEqualTo("CREATE INDEX \"ix\\u\" ON t (a)");
    assertThat(insert(src, sql, 12, " CONCURRENTLY")).isEqualTo("op.execute(r'CREATE INDEX CONCURRENTLY \"ix\\u\" ON t (a)')");
    assertThat(insert(src, sql, 12, " 'x'")).isNull();
    assertThat(insert(src, sql, 12, " \\x")).isNull();
    assertThat(insert(src, sql, 12, "\n")).isNull();
  }

  @Test
  void tripleQuotedAndFStrings() {
    String triple = "op.execute(\"\"\"\nCREATE INDEX ix\n  ON t (a)\n\"\"\")";
    SqlText sql = python(triple);
    assertThat(insert(triple, sql, 13, " CONCURRENTLY\n")).isEqualTo("op.execute(\"\"\"\nCREATE INDEX CONCURRENTLY\n ix\n  ON t (a)\n\"\"\")");
    String f = "cur.execute(f\"CREATE INDEX ix ON t (a)\")";
    SqlText fs = python(f);
    assertThat(insert(f, fs, 12, " {x}")).isEqualTo("cur.execute(f\"CREATE INDEX {{x}} ix ON t (a)\")");
  }

  @Test
  void concatenatedLiteralsInsertIntoTheLiteralOfTheNextCharacter() {
    String src = "cur.execute(\"CREATE INDEX\" ' ix ON t (a)')";
    PyModule py = new PyModule(src);
    SqlText sql = py.string(4, py.close(3), 0);
    assertThat(sql.toString()).isEqualTo("CREATE INDEX ix ON t (a)");
    // after INDEX: before the space that opens the second literal, with that literal's quotes
    assertThat(insert(src, sql, 12, " 'c'")).isEqualTo("cur.execute(\"CREATE INDEX\" ' \\'c\\' ix ON t (a)')");
  }

  @Test
  void javaStringsAndTextBlocks() {
    String src = "s.execute(\"DROP INDEX \\\"ix\\\"\");";
    SqlText sql = SqlText.javaString(src, src.indexOf('"'));
    assertThat(sql.toString()).isEqualTo("DROP INDEX \"ix\"");
    HostInsert i = sql.map().insert(11, "IF EXISTS \"");
    assertThat(src.substring(0, i.offset()) + i.text() + src.substring(i.offset()))
        .isEqualTo("s.execute(\"DROP INDEX IF EXISTS \\\"\\\"ix\\\"\");");
    String block = "s.execute(\"\"\"\n    CREATE INDEX ix\n      ON t (a)\n    \"\"\");";
    SqlText tb = SqlText.javaTextBlock(block, block.indexOf('"'));
    assertThat(tb.toString()).isEqualTo("CREATE INDEX ix\n  ON t (a)\n");
    HostInsert c = tb.map().insert(12, " CONCURRENTLY");
    assertThat(block.substring(0, c.offset()) + c.text() + block.substring(c.offset()))
        .isEqualTo("s.execute(\"\"\"\n    CREATE INDEX CONCURRENTLY ix\n      ON t (a)\n    \"\"\");");
    // a new line would change the block's indentation
    assertThat(tb.map().insert(12, "\nCONCURRENTLY")).isNull();
  }

  @Test
  void generatedSqlTakesNoTextEdits() {
    OffsetMap clamp = OffsetMap.clamp(new Span(10, 40));
    assertThat(clamp.insert(3, " CONCURRENTLY")).isNull();
    assertThat(clamp.rewrite(OffsetMap.Rewrite.CONCURRENTLY)).isNull();
    var rewrite = new OffsetMap.HostRewrite("t", java.util.List.of(new HostInsert(39, ", x=True")));
    OffsetMap generated = OffsetMap.generated(new Span(10, 40), Map.of(OffsetMap.Rewrite.CONCURRENTLY, rewrite));
    assertThat(generated.insert(3, " CONCURRENTLY")).isNull();
    assertThat(generated.rewrite(OffsetMap.Rewrite.CONCURRENTLY)).isEqualTo(rewrite);
    assertThat(generated.toHost(100)).isEqualTo(39);
    // SQL whose host escaping Godwit does not model (Liquibase XML text): words only
    OffsetMap table = OffsetMap.table(new int[] {5, 6, 7}, 8);
    assertThat(table.insert(1, " CONCURRENTLY").offset()).isEqualTo(6);
    assertThat(table.insert(1, "<x>")).isNull();
    assertThat(table.insert(3, "x")).isNull();
  }
}
