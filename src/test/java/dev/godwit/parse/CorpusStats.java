package dev.godwit.parse;

import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Statistics over a corpus of .sql files: how many statements come out unparsed, and why. Off by
 * default; run with {@code -Dgodwit.corpus=<dir> -Dtest=CorpusStats}. The splitter here is a
 * throwaway (split on ';' tokens); the real one lives in another package.
 */
class CorpusStats {

  @Test
  @EnabledIfSystemProperty(named = "godwit.corpus", matches = ".+")
  void corpusStatistics() throws IOException {
    Path root = Paths.get(System.getProperty("godwit.corpus"));
    Assumptions.assumeTrue(Files.isDirectory(root), "corpus directory absent");
    SqlParser parser = new SqlParser();
    Map<Statement.Origin, Integer> origins = new HashMap<>();
    Map<String, Integer> reasons = new HashMap<>();
    Map<String, Integer> otherKeywords = new HashMap<>();
    List<String> samples = new ArrayList<>();
    int total = 0;
    long t0 = System.nanoTime();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      int start = 0;
      int idx = 0;
      List<Tok> toks = Lexer.lex(text);
      List<int[]> pieces = new ArrayList<>();
      for (Tok k : toks) {
        if (k.isPunct(";")) {
          pieces.add(new int[] {start, k.start()});
          start = k.end();
        }
      }
      pieces.add(new int[] {start, text.length()});
      for (int[] pc : pieces) {
        String sql = text.substring(pc[0], pc[1]);
        if (Lexer.lex(sql).isEmpty()) {
          continue;
        }
        Statement st = parser.parse(sql, OffsetMap.shift(pc[0]), idx++);
        total++;
        origins.merge(st.origin(), 1, Integer::sum);
        if (st.node() instanceof Node.Unparsed u) {
          String r = u.reason().replaceAll(" at line \\d+ column \\d+", "");
          String kw = Recognizer.keyword(Lexer.lex(sql));
          reasons.merge(kw + " :: " + r, 1, Integer::sum);
          if (samples.size() < 400) {
            samples.add(root.relativize(f) + ": " + sql.strip().replaceAll("\\s+", " ")
                .substring(0, Math.min(160, sql.strip().replaceAll("\\s+", " ").length())) + "  -> " + u.reason());
          }
        } else if (st.origin() == Statement.Origin.RECOGNIZER && samples.size() < 400
            && !(st.node() instanceof Node.Transaction)) {
          samples.add("R " + st.node().getClass().getSimpleName() + " " + root.relativize(f) + ": "
              + sql.strip().replaceAll("\\s+", " ").substring(0, Math.min(200, sql.strip().replaceAll("\\s+", " ").length())));
        }
        if (st.node() instanceof Node.Other o) {
          otherKeywords.merge(o.keyword() + " (" + st.origin() + ")", 1, Integer::sum);
        }
        if (st.origin() != Statement.Origin.UNPARSED) {
          otherKeywords.merge("node " + st.node().getClass().getSimpleName() + " " + st.origin(), 1, Integer::sum);
        }
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("files=" + files.size() + " statements=" + total + " ms=" + ms);
    System.out.println("origins=" + origins);
    int unparsed = origins.getOrDefault(Statement.Origin.UNPARSED, 0);
    System.out.printf("unparsed share = %.2f%%%n", 100.0 * unparsed / Math.max(1, total));
    System.out.println("--- top unparsed (leading keywords :: reason)");
    reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
        .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    System.out.println("--- Node.Other keywords");
    otherKeywords.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
        .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    System.out.println("--- samples");
    samples.forEach(System.out::println);
  }
}
