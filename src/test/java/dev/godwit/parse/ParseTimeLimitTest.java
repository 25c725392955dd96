package dev.godwit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A statement that takes JSqlParser too long becomes a parse-error finding, and the run goes on. */
class ParseTimeLimitTest {
  @AfterEach
  void restore() {
    JsqlBridge.setTimeLimitMs(JsqlBridge.DEFAULT_TIME_LIMIT_MS);
  }

  /** A 6,000-row UPSERT (JSqlParser's dialects know it; the recognizer does not): it takes JSqlParser a while. */
  static String slowStatement() {
    StringBuilder sb = new StringBuilder("UPSERT INTO t (a, b, c) VALUES (0, 'x', now())");
    for (int i = 1; i < 6_000; i++) {
      sb.append(", (").append(i).append(", 'x', now())");
    }
    return sb.toString();
  }

  @Test
  void aStatementOverTheLimitIsUnparsedAndSaysWhy() {
    String sql = slowStatement();
    JsqlBridge.setTimeLimitMs(1);
    JsqlBridge.Outcome o = JsqlBridge.parse(sql);
    assertThat(o.timedOut()).isTrue();
    assertThat(o.reason()).contains("time limit").contains("1 ms");

    Statement st = new SqlParser().parse(sql, OffsetMap.shift(0), 0);
    assertThat(st.origin()).isEqualTo(Statement.Origin.UNPARSED);
    assertThat(((Node.Unparsed) st.node()).reason()).contains("parser time limit exceeded");

    // the next statement on the same thread (same reused parser) is not affected; a generous limit, so that
    // a busy machine cannot make the slow statement time out again
    JsqlBridge.setTimeLimitMs(600_000);
    assertThat(new SqlParser().parse("CREATE INDEX i ON t (a) BOGUS", OffsetMap.shift(0), 0).origin())
        .isEqualTo(Statement.Origin.PARSER);
    assertThat(JsqlBridge.parse(sql).timedOut()).isFalse();
  }

  @Test
  void theLimitIsASetting() {
    assertThat(JsqlBridge.parseTimeLimit(null)).isEqualTo(JsqlBridge.DEFAULT_TIME_LIMIT_MS);
    assertThat(JsqlBridge.parseTimeLimit(" 250 ")).isEqualTo(250);
    assertThat(JsqlBridge.parseTimeLimit("0")).isEqualTo(JsqlBridge.DEFAULT_TIME_LIMIT_MS);
    assertThat(JsqlBridge.parseTimeLimit("soon")).isEqualTo(JsqlBridge.DEFAULT_TIME_LIMIT_MS);
    assertThatThrownBy(() -> JsqlBridge.setTimeLimitMs(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(JsqlBridge.TIME_LIMIT_PROPERTY).isEqualTo("godwit.parseTimeLimitMs");
  }

  /** Reused parsers give the same answers as fresh ones, accepted or not, in any order. */
  @Test
  void reusedParsersAnswerLikeFreshOnes() {
    String[] sqls = {"CREATE INDEX i ON t (a)", "CREATE INDEX i ON t (a", "ALTER TABLE t ADD COLUMN c int DEFAULT 1",
        "SELECT CASE WHEN a THEN 1 END FROM t", "GRANT ALL ON t TO u", "BOGUS STATEMENT", "COMMIT"};
    String[] first = new String[sqls.length];
    for (int i = 0; i < sqls.length; i++) {
      JsqlBridge.Outcome o = JsqlBridge.parse(sqls[i]);
      first[i] = o.accepted() + " " + o.reason() + " " + o.errorStart();
    }
    for (int round = 0; round < 3; round++) {
      for (int i = sqls.length - 1; i >= 0; i--) {
        JsqlBridge.Outcome o = JsqlBridge.parse(sqls[i]);
        assertThat(o.accepted() + " " + o.reason() + " " + o.errorStart()).as(sqls[i]).isEqualTo(first[i]);
      }
    }
  }
}
