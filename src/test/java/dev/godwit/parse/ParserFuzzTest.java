package dev.godwit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of the statement lexer, the token recognizer and the whole statement parser
 * (JSqlParser included). A plain {@code mvn test} replays testdata/_fuzz/parser; {@code JAZZER_FUZZ=1}
 * fuzzes (see docs/performance.md).
 */
class ParserFuzzTest {
  static final Path CASES = Path.of("testdata", "_fuzz", "parser");

  /** Lexer and recognizer: never throw, tokens in order inside the text. */
  @FuzzTest(maxDuration = "30s")
  void recognizer(@NotNull String sql) {
    List<Tok> toks = Lexer.lex(sql);
    int prev = 0;
    for (Tok t : toks) {
      if (t.start() < prev || t.end() < t.start() || t.end() > sql.length()) {
        throw new AssertionError("token " + t + " out of order or bounds (previous end " + prev + ")");
      }
      prev = t.end();
    }
    try {
      new Recognizer(sql, toks, OffsetMap.shift(0)).recognize();
    } catch (StackOverflowError e) {
      // SqlParser catches this; deep nesting is allowed to exhaust the recognizer's stack
    }
  }

  /** The whole statement parser: never throws, spans inside the text. */
  @FuzzTest(maxDuration = "30s")
  void parser(@NotNull String sql) {
    Statement st = new SqlParser().parse(sql, OffsetMap.shift(0), 0);
    assertThat(st).isNotNull();
    assertThat(st.node()).isNotNull();
    assertThat(st.span().start()).isBetween(0, sql.length());
    assertThat(st.span().end()).isBetween(st.span().start(), sql.length());
  }

  @Test
  void savedInputs() throws IOException {
    assertThat(CASES).isDirectory();
    try (Stream<Path> s = Files.list(CASES)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String sql = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        recognizer(sql);
        parser(sql);
      }
    }
  }
}
