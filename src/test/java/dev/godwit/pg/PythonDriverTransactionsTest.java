package dev.godwit.pg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.TestData;
import dev.godwit.engine.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Godwit's statement-by-statement transaction model of plain Python scripts (PythonScripts), checked
 * against what psycopg2 and PostgreSQL do. Each script below has probe slots; every variant puts one
 * {@code CREATE INDEX CONCURRENTLY} at one slot ({@code #P}: on its own, {@code #M}: after a SELECT in the
 * same {@code execute()} string), runs the script with psycopg2 against a real server, and asserts that
 * PostgreSQL refused it ("cannot run inside a transaction block", SQLSTATE 25001) exactly when Godwit reports
 * ban-concurrently-in-transaction for it.
 *
 * <p>Runs where {@code GODWIT_PG_URLS} names a server and a python3 with psycopg2 exists (Debian's
 * python3-psycopg2; .ci/run installs it); skipped otherwise.
 */
class PythonDriverTransactionsTest {
  private static final String PRELUDE = """
      import os

      import psycopg2
      from psycopg2.extensions import ISOLATION_LEVEL_AUTOCOMMIT, ISOLATION_LEVEL_READ_COMMITTED

      conn = psycopg2.connect(os.environ["DATABASE_URL"])
      cur = conn.cursor()
      """;

  /** name, script after the prelude. */
  private static final Map<String, String> SCRIPTS = Map.of(
      "late-autocommit", """
          #P
          #M
          cur.execute("UPDATE gw_probe SET a = 1")
          #P
          conn.commit()
          #P
          #M
          conn.autocommit = True
          #P
          #M
          cur.execute("SELECT 1")
          #P
          """,
      "begin-commit-strings", """
          cur.execute("SELECT 1")
          #P
          cur.execute("COMMIT")
          #P
          #M
          cur.execute("BEGIN")
          #P
          cur.execute("COMMIT")
          #P
          conn.commit()
          #P
          conn.autocommit = True
          cur.execute("BEGIN")
          #P
          cur.execute("COMMIT")
          #P
          #M
          cur.execute("BEGIN; UPDATE gw_probe SET a = 2")
          #P
          cur.execute("COMMIT")
          #P
          """,
      "with-connection", """
          conn.autocommit = True
          with conn:
              #P
              cur.execute("UPDATE gw_probe SET a = 3")
              #P
          #P
          #M
          conn.autocommit = False
          with conn:
              cur.execute("UPDATE gw_probe SET a = 4")
          #P
          """,
      "isolation-level", """
          cur.execute("SELECT 1")
          conn.set_isolation_level(ISOLATION_LEVEL_AUTOCOMMIT)
          #P
          #M
          conn.set_isolation_level(ISOLATION_LEVEL_READ_COMMITTED)
          #P
          conn.rollback()
          conn.set_session(autocommit=True)
          #P
          conn.set_session(autocommit=False)
          #P
          """);

  private static final String PROBE = "CREATE INDEX CONCURRENTLY gw_probe_idx ON gw_probe (a)";
  private static String python;

  @BeforeAll
  static void needServerAndDriver() {
    Assumptions.assumeFalse(RealServerProofTest.servers().isEmpty(),
        RealServerProofTest.ENV + " is not set: no PostgreSQL server to run the Python scripts on; skipped");
    python = pythonWithPsycopg2();
    Assumptions.assumeTrue(python != null, "no python3 with psycopg2 (apt-get install python3-psycopg2); skipped");
  }

  @TestFactory
  Stream<DynamicTest> probesMatchPostgres() {
    var servers = RealServerProofTest.servers();
    List<Integer> majors = new ArrayList<>(List.of(servers.keySet().stream().min(Comparator.naturalOrder()).get(),
        servers.keySet().stream().max(Comparator.naturalOrder()).get()));
    List<DynamicTest> tests = new ArrayList<>();
    for (int major : majors.stream().distinct().toList()) {
      for (var script : new java.util.TreeMap<>(SCRIPTS).entrySet()) {
        List<String> variants = variants(script.getValue());
        for (int i = 0; i < variants.size(); i++) {
          String text = variants.get(i);
          int n = i;
          tests.add(DynamicTest.dynamicTest("PostgreSQL " + major + " " + script.getKey() + " probe " + (n + 1),
              () -> check(servers.get(major), text)));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(20);
    return tests.stream();
  }

  /** One script per probe slot: that slot holds the probe, the other slot lines are dropped. */
  static List<String> variants(String body) {
    List<String> lines = body.lines().toList();
    List<String> out = new ArrayList<>();
    for (int slot = 0; slot < lines.size(); slot++) {
      String l = lines.get(slot).strip();
      if (!l.equals("#P") && !l.equals("#M")) {
        continue;
      }
      StringBuilder sb = new StringBuilder(PRELUDE);
      for (int k = 0; k < lines.size(); k++) {
        String line = lines.get(k);
        String t = line.strip();
        if (k == slot) {
          String indent = line.substring(0, line.indexOf('#'));
          String sql = t.equals("#M") ? "SELECT 1; " + PROBE : PROBE;
          sb.append(indent).append("cur.execute(\"").append(sql).append("\")  # probe\n");
        } else if (!t.equals("#P") && !t.equals("#M")) {
          sb.append(line).append('\n');
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static void check(String jdbcUrl, String script) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl)) {
      c.createStatement().execute("DROP TABLE IF EXISTS gw_probe; CREATE TABLE gw_probe (a int)");
    }
    Path dir = Files.createTempDirectory("godwit-pydriver");
    Path file = dir.resolve("migrations").resolve("migrate_probe.py");
    Files.createDirectories(file.getParent());
    Files.writeString(file, script, StandardCharsets.UTF_8);
    try {
      int probeLine = 1 + (int) script.substring(0, script.indexOf("# probe")).chars().filter(ch -> ch == '\n').count();
      LintResult result = TestData.lint(dir, "ban-concurrently-in-transaction");
      assertThat(result.findings()).as("parse errors").noneMatch(f -> f.ruleId().equals("parse-error"));
      boolean godwitInside = result.findings().stream()
          .anyMatch(f -> f.ruleId().equals("ban-concurrently-in-transaction") && f.startLine() == probeLine);

      String libpq = jdbcUrl.replaceFirst("^jdbc:", "");
      ProcessBuilder pb = new ProcessBuilder(python, file.toString()).redirectErrorStream(true);
      pb.environment().put("DATABASE_URL", libpq);
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int rc = p.waitFor();
      // 25001 active_sql_transaction: "cannot run inside a transaction block" (PostgreSQL 10: "cannot be
      // executed from a function or multi-command string" for the implicit block)
      boolean pgInside = output.contains("psycopg2.errors.ActiveSqlTransaction");
      assertThat(rc == 0 || pgInside).as("the script fails only on the probe:%n%s%n%s", output, script).isTrue();
      assertThat(godwitInside).as("Godwit says the probe at line %d runs %s a transaction block; PostgreSQL: %s%n%s",
          probeLine, godwitInside ? "inside" : "outside", pgInside ? "inside" : "outside", script).isEqualTo(pgInside);
      try (Connection c = DriverManager.getConnection(jdbcUrl)) {
        c.createStatement().execute("DROP TABLE IF EXISTS gw_probe");
      } catch (SQLException e) {
        // a failed script may still hold the table; the next case recreates it
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
      Files.deleteIfExists(dir);
    }
  }

  /** A python3 that imports psycopg2 (Debian's package installs into the system python), or null. */
  static String pythonWithPsycopg2() {
    for (String candidate : List.of("/usr/bin/python3", "python3")) {
      try {
        Process p = new ProcessBuilder(candidate, "-c", "import psycopg2").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() == 0) {
          return candidate;
        }
      } catch (IOException e) {
        // not there
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }
}
