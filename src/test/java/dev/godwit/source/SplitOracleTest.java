package dev.godwit.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The splitter against boundaries it did not compute: scripts are generated from pieces whose statement
 * spans are known by construction (quotes, dollar quotes, comments and parentheses that hide semicolons,
 * BEGIN ATOMIC bodies, psql meta-commands, empty statements, comments between statements), and every
 * span the splitter gives must be exactly the generated one.
 */
class SplitOracleTest {
  /** Pieces that may sit inside a statement: none ends it, whatever semicolons it holds. */
  private static final String[] INNER = {
    "a", "t1", "42", "3.5", "=", ",", "+", "'a;b'", "'it''s; fine'", "'back\\'", "E'x\\';y'", "e'\\\\;'",
    "\"we;ird\"", "\"quo\"\"te;\"", "$$ a; b $$", "$fn$ ; $$ ; $fn$", "$_x1$;$_x1$", "(a; b)", "((1;2);3)",
    "a$b", "$1", "U&'d;'", "B'01'", "'\u00e9;\u00a0'"
  };
  private static final String[] HEADS = {"SELECT", "CREATE TABLE t", "INSERT INTO t VALUES", "ALTER TABLE x",
      "UPDATE t SET", "DO", "COMMENT ON TABLE t IS"};
  private static final String[] BETWEEN = {" ", "\n", "\t", "\r\n", " -- note; more\n", " /* x; /* nested; */ y */ ",
      "\u00a0"};

  private record Script(String text, List<Span> spans, List<Boolean> meta) {}

  private static Script generate(Random rnd) {
    StringBuilder sb = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<Boolean> meta = new ArrayList<>();
    int statements = 1 + rnd.nextInt(6);
    for (int s = 0; s < statements; s++) {
      // what lies before a statement: whitespace, comments, stray semicolons (empty statements)
      int gaps = rnd.nextInt(3);
      for (int g = 0; g < gaps; g++) {
        sb.append(switch (rnd.nextInt(4)) {
          case 0 -> ";";
          case 1 -> "\n";
          case 2 -> "-- between; statements\n";
          default -> "/* ; */ ";
        });
      }
      int kind = rnd.nextInt(10);
      if (kind == 0) {
        // a psql meta-command: a line of its own, its trailing blanks not part of it
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
          sb.append('\n');
        }
        int start = sb.length();
        sb.append("\\set name 'v;1'");
        spans.add(new Span(start, sb.length()));
        meta.add(true);
        sb.append("  \n");
        continue;
      }
      int start = sb.length();
      int end;
      if (kind == 1) {
        sb.append("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN a THEN 1 END; END");
        end = sb.length();
      } else {
        sb.append(HEADS[rnd.nextInt(HEADS.length)]);
        end = sb.length();
        int pieces = rnd.nextInt(6);
        for (int p = 0; p < pieces; p++) {
          String between = BETWEEN[rnd.nextInt(BETWEEN.length)];
          sb.append(between);
          sb.append(INNER[rnd.nextInt(INNER.length)]);
          end = sb.length();
        }
      }
      spans.add(new Span(start, end));
      meta.add(false);
      // a comment after the last token is not part of the statement
      if (rnd.nextInt(4) == 0) {
        sb.append(" -- trailing; comment\n");
      }
      boolean last = s == statements - 1;
      if (!last || rnd.nextBoolean()) {
        sb.append(';');
      } else {
        sb.append(rnd.nextBoolean() ? "\n" : "");
      }
      if (!last) {
        sb.append(rnd.nextBoolean() ? "\n" : " ");
      }
    }
    return new Script(sb.toString(), spans, meta);
  }

  @Test
  void spansAreExactlyTheGeneratedOnes() {
    Random rnd = new Random(20261204L);
    int checked = 0;
    for (int i = 0; i < 5_000; i++) {
      Script s = generate(rnd);
      SplitResult r = StatementSplitter.split(s.text());
      List<Span> got = r.statements().stream().map(RawStatement::span).toList();
      assertThat(got).as("split of:\n%s", s.text()).isEqualTo(s.spans());
      assertThat(r.statements().stream().map(RawStatement::meta).toList()).as(s.text()).isEqualTo(s.meta());
      assertThat(r.statements()).as(s.text()).allSatisfy(st -> assertThat(st.problem()).isNull());
      checked += got.size();
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void aSplitInsideARegionKeepsWholeTextOffsets() {
    Random rnd = new Random(7L);
    for (int i = 0; i < 500; i++) {
      Script s = generate(rnd);
      String prefix = "-- header;\n".repeat(1 + rnd.nextInt(3));
      String text = prefix + s.text() + "\nSELECT after;";
      SplitResult r = StatementSplitter.split(text, prefix.length(), prefix.length() + s.text().length());
      List<Span> expected = s.spans().stream().map(sp -> new Span(sp.start() + prefix.length(),
          sp.end() + prefix.length())).toList();
      assertThat(r.statements().stream().map(RawStatement::span).toList()).as(text).isEqualTo(expected);
    }
  }

  /** The oracle itself can fail: a semicolon that is not hidden ends a statement where the generator says. */
  @Test
  void anUnhiddenSemicolonSplits() {
    SplitResult r = StatementSplitter.split("SELECT 'a' ; b; -- c\n\"x\"");
    assertThat(r.statements().stream().map(RawStatement::span).toList())
        .containsExactly(new Span(0, 10), new Span(13, 14), new Span(21, 24));
  }
}
