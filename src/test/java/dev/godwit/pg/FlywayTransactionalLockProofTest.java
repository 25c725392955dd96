package dev.godwit.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The claim of {@code ban-concurrently-with-flyway-transactional-lock}, on every server of
 * {@code GODWIT_PG_URLS}: with {@code postgresql.transactional.lock=true} (Flyway 9.1.2+'s default) Flyway holds its
 * advisory lock in a transaction on its own connection, opened before the migration and ended after it. A
 * {@code CREATE INDEX CONCURRENTLY} run on the migration connection waits for that transaction, which waits for the
 * migration: nothing ever ends it. Here a second session plays Flyway's lock connection; the index build is seen
 * waiting on it (pg_locks: a virtualxid ShareLock not granted, held by the lock session), and only ending the lock
 * transaction lets it finish. Skipped without {@code GODWIT_PG_URLS}.
 */
class FlywayTransactionalLockProofTest {
  /** Polls of pg_locks before giving up on seeing the wait (each poll sleeps 50 ms). */
  private static final int POLLS = 400;

  @Test
  void concurrentIndexWaitsForFlywaysLockTransaction() throws Exception {
    Map<Integer, String> servers = RealServerProofTest.servers();
    Assumptions.assumeFalse(servers.isEmpty(), RealServerProofTest.ENV + " is not set: no PostgreSQL server; skipped");
    for (Map.Entry<Integer, String> server : servers.entrySet()) {
      prove(server.getKey(), server.getValue());
    }
  }

  private static void prove(int major, String url) throws Exception {
    String table = "godwit_flyway_lock_proof";
    try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
      s.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, email text)");
      s.execute("INSERT INTO " + table + " SELECT g, 'u' || g FROM generate_series(1, 1000) g");
    }
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection lock = DriverManager.getConnection(url); Connection migration = DriverManager.getConnection(url);
        Connection observer = DriverManager.getConnection(url)) {
      // Flyway's lock connection: a transaction that takes the advisory lock and stays open during the migration
      lock.setAutoCommit(false);
      try (Statement s = lock.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(77431133147203)");
        // Flyway reads the schema history under the lock
        s.execute("SELECT count(*) FROM pg_namespace");
      }
      int lockPid = pid(lock);
      int migrationPid = pid(migration);
      try (Statement s = migration.createStatement()) {
        s.execute("SET statement_timeout = '120s'"); // a bound should the proof go wrong, never reached when it holds
      }
      Future<?> build = pool.submit(() -> {
        try (Statement s = migration.createStatement()) {
          s.execute("CREATE INDEX CONCURRENTLY " + table + "_email_idx ON " + table + " (email)");
        }
        return null;
      });
      int polls = 0;
      boolean waiting = false;
      while (polls < POLLS && !waiting && !build.isDone()) {
        polls++;
        waiting = waitsFor(observer, migrationPid, lockPid);
        if (!waiting) {
          Thread.sleep(50);
        }
      }
      assertThat(waiting).as("PostgreSQL %d: CREATE INDEX CONCURRENTLY waits for the lock transaction", major).isTrue();
      assertThat(build.isDone()).as("PostgreSQL %d: the index build is still waiting", major).isFalse();
      lock.commit(); // what Flyway would do only after the migration: here, the blocker ends
      build.get(120, TimeUnit.SECONDS);
      try (PreparedStatement ps = observer.prepareStatement(
          "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = ?")) {
        ps.setString(1, table + "_email_idx");
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next() && rs.getBoolean(1)).as("PostgreSQL %d: the index is built once the lock ends", major)
              .isTrue();
        }
      }
    } finally {
      pool.shutdownNow();
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  /** True when {@code waiter} waits for a lock that {@code holder} holds (pg_blocking_pids, 9.6+). */
  private static boolean waitsFor(Connection observer, int waiter, int holder) throws SQLException {
    try (PreparedStatement ps = observer.prepareStatement("SELECT ? = ANY (pg_blocking_pids(?)),"
        + " EXISTS (SELECT 1 FROM pg_locks WHERE pid = ? AND NOT granted AND locktype = 'virtualxid')")) {
      ps.setInt(1, holder);
      ps.setInt(2, waiter);
      ps.setInt(3, waiter);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1) && rs.getBoolean(2);
      }
    }
  }

  private static int pid(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
