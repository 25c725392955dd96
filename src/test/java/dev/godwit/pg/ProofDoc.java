package dev.godwit.pg;

import dev.godwit.pg.ProofFile.Case;
import dev.godwit.pg.ProofFile.ProofLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code testdata/_pg/observed.tsv} (what each server did, one line per case and major) and
 * {@code docs/postgres-proof.md}, rendered from the proof files and those observations.
 */
final class ProofDoc {
  static final Path OBSERVED = ProofFile.DIR.resolve("observed.tsv");
  static final Path DOC = Path.of("docs", "postgres-proof.md");
  static final String UPDATE = "./mvnw test -Dtest='RealServerProofTest,ProofFilesTest' -Dgodwit.updateDocs=true with GODWIT_PG_URLS set (.ci/postgres.sh)";

  private ProofDoc() {}

  /** file/case key → major → cell. */
  static Map<String, Map<Integer, String>> readObserved() {
    Map<String, Map<Integer, String>> out = new TreeMap<>();
    if (!Files.exists(OBSERVED)) {
      return out;
    }
    try {
      for (String l : Files.readAllLines(OBSERVED, StandardCharsets.UTF_8)) {
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\t", 4);
        out.computeIfAbsent(f[0] + "\t" + f[1], k -> new TreeMap<>()).put(Integer.parseInt(f[2]), f[3]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String renderObserved(Map<String, Map<Integer, String>> obs) {
    StringBuilder sb = new StringBuilder("# proof file\tcase\tmajor\tobserved (generated: " + UPDATE + ")\n");
    obs.forEach((k, m) -> m.forEach((v, cell) -> sb.append(k).append('\t').append(v).append('\t').append(cell).append('\n')));
    return sb.toString();
  }

  static String key(ProofFile f, Case c) {
    return f.name() + "\t" + c.name();
  }

  static String render(List<ProofFile> files, Map<String, Map<Integer, String>> obs) {
    TreeSet<Integer> majors = new TreeSet<>();
    obs.values().forEach(m -> majors.addAll(m.keySet()));
    int cases = files.stream().mapToInt(f -> f.cases().size()).sum();
    StringBuilder sb = new StringBuilder();
    sb.append("<!-- AUTO-GENERATED from testdata/_pg/*.sql and testdata/_pg/observed.tsv by dev.godwit.pg tests: edit the proof files, then run\n     ")
        .append(UPDATE).append(" -->\n\n");
    sb.append("# PostgreSQL behaviour, proven on real servers\n\n");
    sb.append("Every lock-mode, rewrite and scan claim that Godwit's rules make is checked by a test on real PostgreSQL\n")
        .append("servers: a fixture table with rows, the statement, and what the server did. The proof cases are in\n")
        .append("`testdata/_pg/` (format: `src/test/java/dev/godwit/pg/ProofFile.java`); `.ci/postgres.sh` starts the servers\n")
        .append("(Debian's `postgresql` package and Maven Central's `io.zonky.test.postgres` binaries) and CI runs the\n")
        .append("tests on every one. A test fails when a server does something else than its case claims, and when this\n")
        .append("page no longer says what the servers did.\n\n");
    sb.append("How it is observed:\n\n")
        .append("- **lock**: the strongest lock the statement's session holds on the relation, read from `pg_locks` inside\n")
        .append("  the transaction, before it ends. A statement that cannot run in a transaction block (`CONCURRENTLY`,\n")
        .append("  `VACUUM`) is run again, on a fresh fixture, while a second session holds one lock mode on the relation:\n")
        .append("  the modes it queues behind tell its strongest lock (behind `ACCESS SHARE`: `ACCESS EXCLUSIVE`; behind\n")
        .append("  `ROW SHARE`: `EXCLUSIVE`; behind `ROW EXCLUSIVE` and `SHARE`: `SHARE ROW EXCLUSIVE`; and so on).\n")
        .append("- **rewrite**: `pg_class.relfilenode` changed (a new data file: the table or index was rewritten).\n")
        .append("- **scan**: `pg_stat_xact_user_tables.seq_scan` grew (the statement read the whole table).\n")
        .append("- **error**: the SQLSTATE the statement failed with; **message**: a server notice or debug message.\n\n");
    sb.append("Majors proven: ").append(majors.isEmpty() ? "none yet" : String.join(", ", majors.stream().map(String::valueOf).toList()))
        .append(". ").append(files.size()).append(" statement kinds, ").append(cases).append(" cases.\n\n");
    for (ProofFile f : files) {
      sb.append("## ").append(f.claimOf()).append("\n\n");
      sb.append("`testdata/_pg/").append(f.path().getFileName()).append("`");
      if (!f.rules().isEmpty()) {
        sb.append(" · rules: ").append(String.join(", ", f.rules().stream().map(r -> "`" + r + "`").toList()));
      }
      sb.append("\n\n| case | statement | claimed | observed |\n|---|---|---|---|\n");
      for (Case c : f.cases()) {
        List<String> claims = new ArrayList<>();
        for (ProofLine p : c.proofs()) {
          String text = p.text().replaceAll(";\\s*pg[<>=]+\\d+\\s*", "").replaceAll(";\\s*$", "").strip();
          claims.add((p.range().equals(ProofFile.VersionRange.ALL) ? "" : "**" + p.range() + "**: ") + text);
        }
        String stmt = String.join("; ", c.statements()).replaceAll("\\s+", " ");
        String caseCell = c.kind() + " " + c.name()
            + (c.only().equals(ProofFile.VersionRange.ALL) ? "" : " (" + c.only() + ")")
            + (c.autocommit() ? " (autocommit)" : "");
        sb.append("| ").append(esc(caseCell)).append(" | `").append(esc(stmt)).append("` | ")
            .append(esc(String.join("<br>", claims))).append(" | ")
            .append(esc(grouped(obs.getOrDefault(key(f, c), Map.of())))).append(" |\n");
        for (String n : c.notes()) {
          sb.append("| | ").append(esc(n)).append(" | | |\n");
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** "10–11: a; 12–18: b", ranges over the majors that were observed. */
  static String grouped(Map<Integer, String> byMajor) {
    if (byMajor.isEmpty()) {
      return "not run yet";
    }
    List<String> out = new ArrayList<>();
    Integer first = null;
    Integer last = null;
    String cell = null;
    for (Map.Entry<Integer, String> e : new TreeMap<>(byMajor).entrySet()) {
      if (cell != null && cell.equals(e.getValue())) {
        last = e.getKey();
        continue;
      }
      if (cell != null) {
        out.add(range(first, last) + ": " + cell);
      }
      first = e.getKey();
      last = e.getKey();
      cell = e.getValue();
    }
    out.add(range(first, last) + ": " + cell);
    return String.join("<br>", out);
  }

  private static String range(int a, int b) {
    return a == b ? "**" + a + "**" : "**" + a + "–" + b + "**";
  }

  private static String esc(String s) {
    return s.replace("|", "\\|");
  }

  static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path p, String s) {
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, s, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
