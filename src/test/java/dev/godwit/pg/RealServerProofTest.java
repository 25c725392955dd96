package dev.godwit.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.pg.ProofFile.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every proof case of {@code testdata/_pg/} on every server in {@code GODWIT_PG_URLS}
 * ({@code 15=jdbc:postgresql://127.0.0.1:54315/postgres?user=postgres,10=...}; {@code .ci/postgres.sh start}
 * prints it) and checks the claims, then that {@code observed.tsv} and {@code docs/postgres-proof.md}
 * say what the servers did. Skipped when {@code GODWIT_PG_URLS} is not set.
 */
class RealServerProofTest {
  static final String ENV = "GODWIT_PG_URLS";

  static Map<Integer, String> servers() {
    String urls = System.getProperty("godwit.pg.urls", System.getenv(ENV));
    Map<Integer, String> out = new TreeMap<>();
    if (urls == null || urls.isBlank()) {
      return out;
    }
    for (String item : urls.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      String[] kv = item.strip().split("=", 2);
      if (kv.length != 2 || !kv[0].matches("\\d+") || !kv[1].startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException(ENV + ": 'MAJOR=jdbc:postgresql://...' expected, got '" + item + "'");
      }
      out.put(Integer.parseInt(kv[0]), kv[1]);
    }
    return out;
  }

  @BeforeAll
  static void needServers() {
    String why = ENV + " is not set: no PostgreSQL server to prove the lock, rewrite and scan claims on;"
        + " skipped (.ci/postgres.sh start prints a value; .ci/run sets it)";
    if (servers().isEmpty()) {
      System.out.println("RealServerProofTest: " + why);
    }
    Assumptions.assumeFalse(servers().isEmpty(), why);
  }

  @TestFactory
  Stream<DynamicNode> proofsOnRealServers() {
    Map<Integer, String> servers = servers();
    List<ProofFile> files = ProofFile.all();
    Map<String, Map<Integer, String>> seen = new ConcurrentHashMap<>();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Map.Entry<Integer, String> server : servers.entrySet()) {
      int major = server.getKey();
      List<DynamicNode> perFile = new ArrayList<>();
      ProofRunner[] runner = new ProofRunner[1];
      perFile.add(DynamicTest.dynamicTest("connect", () -> runner[0] = new ProofRunner(major, server.getValue())));
      for (ProofFile f : files) {
        List<DynamicNode> perCase = new ArrayList<>();
        for (Case c : f.cases()) {
          if (!c.runsOn(major)) {
            continue;
          }
          perCase.add(DynamicTest.dynamicTest(c.kind() + " " + c.name(), () -> {
            Assumptions.assumeTrue(runner[0] != null, "no connection to PostgreSQL " + major);
            ProofRunner.Observation o = runner[0].run(f, c);
            var claims = c.serverClaimsFor(major);
            seen.computeIfAbsent(ProofDoc.key(f, c), k -> new TreeMap<>()).put(major, ProofRunner.cell(claims, o));
            List<String> wrong = ProofRunner.check(claims, o);
            if (!wrong.isEmpty()) {
              fail("PostgreSQL " + runner[0].version + ", " + f.name() + "/" + c.name() + ":\n  "
                  + String.join("\n  ", wrong) + "\n  statement: " + c.sql());
            }
          }));
        }
        perFile.add(DynamicContainer.dynamicContainer(f.name(), perCase));
      }
      perFile.add(DynamicTest.dynamicTest("disconnect", () -> {
        if (runner[0] != null) {
          runner[0].close();
        }
      }));
      nodes.add(DynamicContainer.dynamicContainer("PostgreSQL " + major, perFile));
    }
    nodes.add(DynamicTest.dynamicTest("observed.tsv and docs/postgres-proof.md say what the servers did",
        () -> checkRecord(files, servers.keySet(), seen)));
    return nodes.stream();
  }

  private static void checkRecord(List<ProofFile> files, Iterable<Integer> majors, Map<String, Map<Integer, String>> seen) {
    Map<String, Map<Integer, String>> recorded = ProofDoc.readObserved();
    Map<String, Map<Integer, String>> merged = new TreeMap<>();
    recorded.forEach((k, m) -> merged.put(k, new TreeMap<>(m)));
    for (int major : majors) {
      merged.values().forEach(m -> m.remove(major));
    }
    seen.forEach((k, m) -> merged.computeIfAbsent(k, x -> new TreeMap<>()).putAll(m));
    merged.values().removeIf(Map::isEmpty);
    java.util.Set<String> keys = new java.util.HashSet<>();
    files.forEach(f -> f.cases().forEach(c -> keys.add(ProofDoc.key(f, c))));
    merged.keySet().retainAll(keys);
    String tsv = ProofDoc.renderObserved(merged);
    String doc = ProofDoc.render(files, merged);
    if (Boolean.getBoolean("godwit.updateDocs")) {
      ProofDoc.write(ProofDoc.OBSERVED, tsv);
      ProofDoc.write(ProofDoc.DOC, doc);
    }
    assertThat(ProofDoc.read(ProofDoc.OBSERVED)).as("testdata/_pg/observed.tsv differs from what the servers did;"
        + " regenerate with " + ProofDoc.UPDATE).isEqualTo(tsv);
    assertThat(ProofDoc.read(ProofDoc.DOC)).as("docs/postgres-proof.md is stale; regenerate with " + ProofDoc.UPDATE)
        .isEqualTo(doc);
  }
}
