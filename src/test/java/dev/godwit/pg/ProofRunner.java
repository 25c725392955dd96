package dev.godwit.pg;

import dev.godwit.pg.ProofFile.Case;
import dev.godwit.pg.ProofFile.Claim;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs proof cases on one PostgreSQL server and observes locks, rewrites, scans and errors. */
final class ProofRunner implements AutoCloseable {
  static final String SCHEMA = "godwit_proof";
  static final String TABLESPACE = "godwit_proof_ts";

  /** Lock modes from weakest to strongest. */
  static final List<String> MODE_ORDER = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
      "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");

  /** What one case did. */
  record Observation(String error, String errorMessage, Map<String, String> locks, Map<String, Boolean> rewritten,
      Map<String, Boolean> scanned, List<String> messages) {}

  private final String url;
  final int major;
  final String version;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "pg-proof-worker");
    t.setDaemon(true);
    return t;
  });

  ProofRunner(int major, String url) throws SQLException {
    this.url = url;
    try (Connection c = connect(); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SHOW server_version");
      rs.next();
      version = rs.getString(1).split(" ")[0];
      rs = s.executeQuery("SHOW server_version_num");
      rs.next();
      this.major = Integer.parseInt(rs.getString(1)) / 10000;
      if (this.major != major) {
        throw new IllegalStateException("GODWIT_PG_URLS says " + major + " but the server is " + version);
      }
      ensureTablespace(s);
    }
  }

  Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url);
    try (Statement s = c.createStatement()) {
      s.execute("SET lock_timeout = '20s'");
      s.execute("SET statement_timeout = '60s'");
    }
    return c;
  }

  /** A tablespace for SET TABLESPACE cases: the folder `tblspc` beside the data directory (.ci/postgres.sh makes it). */
  private static void ensureTablespace(Statement s) throws SQLException {
    ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tablespace WHERE spcname = '" + TABLESPACE + "'");
    rs.next();
    if (rs.getInt(1) > 0) {
      return;
    }
    rs = s.executeQuery("SHOW data_directory");
    rs.next();
    String data = rs.getString(1);
    String loc = data.substring(0, data.replaceAll("/+$", "").lastIndexOf('/')) + "/tblspc";
    try {
      s.execute("CREATE TABLESPACE " + TABLESPACE + " LOCATION '" + loc.replace("'", "''") + "'");
    } catch (SQLException e) {
      // no such folder: the SET TABLESPACE cases then fail and say so
    }
  }

  Observation run(ProofFile file, Case c) throws Exception {
    List<Claim> claims = c.serverClaimsFor(major);
    Set<String> rels = new LinkedHashSet<>();
    for (Claim cl : claims) {
      if (cl.rel() != null) {
        rels.add(cl.rel());
      }
    }
    if (!c.autocommit()) {
      fixture(file, c);
      try {
        return runInTransaction(c, rels);
      } finally {
        dropFixture();
      }
    }
    return runAutocommit(file, c, rels);
  }

  private void fixture(ProofFile file, Case c) throws SQLException {
    try (Connection admin = connect(); Statement s = admin.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
      s.execute("SET search_path = " + SCHEMA + ", public");
      for (String sql : file.setup()) {
        exec(s, sql, "setup");
      }
      for (String sql : c.given()) {
        exec(s, sql, "given");
      }
    }
  }

  private void dropFixture() throws SQLException {
    try (Connection admin = connect(); Statement s = admin.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  private static void exec(Statement s, String sql, String what) throws SQLException {
    try {
      s.execute(sql);
    } catch (SQLException e) {
      throw new SQLException(what + " failed: " + sql + ": " + e.getMessage(), e.getSQLState(), e);
    }
  }

  private Observation runInTransaction(Case c, Set<String> rels) throws SQLException {
    try (Connection conn = connect(); Statement s = conn.createStatement()) {
      s.execute("SET search_path = " + SCHEMA + ", public");
      s.execute("SET client_min_messages = debug1");
      conn.setAutoCommit(false);
      Map<String, Long> oids = oids(conn, rels);
      Map<String, Long> fileBefore = relfilenodes(conn, oids);
      Map<String, Long> scansBefore = scans(conn, oids);
      List<String> messages = new ArrayList<>();
      String error = null;
      String errorMessage = null;
      s.execute("SAVEPOINT before_case");
      try {
        for (String sql : c.statements()) {
          s.execute(sql);
          collect(s.getWarnings(), messages);
          s.clearWarnings();
        }
      } catch (SQLException e) {
        collect(s.getWarnings(), messages);
        error = e.getSQLState();
        errorMessage = e.getMessage();
        s.execute("ROLLBACK TO SAVEPOINT before_case");
      }
      // a relation the statement dropped and made again (an index rebuilt by ALTER COLUMN TYPE) has a new
      // oid: its locks count under either, its relfilenode is the new one's
      Map<String, Long> oidsAfter = oids(conn, rels);
      Map<String, String> locks = locks(conn, oids, "pid = pg_backend_pid() AND granted");
      Map<String, String> locksAfter = locks(conn, oidsAfter, "pid = pg_backend_pid() AND granted");
      locksAfter.forEach((rel, mode) -> locks.merge(rel, mode, ProofRunner::stronger));
      Map<String, Long> fileAfter = relfilenodes(conn, oidsAfter);
      Map<String, Long> scansAfter = scans(conn, oidsAfter);
      conn.rollback();
      return new Observation(error, errorMessage, locks, changed(rels, fileBefore, fileAfter),
          increased(rels, scansBefore, scansAfter), messages);
    }
  }

  static String stronger(String a, String b) {
    return MODE_ORDER.indexOf(a) >= MODE_ORDER.indexOf(b) ? a : b;
  }

  /**
   * Statements that cannot run in a transaction block. Their strongest lock on the first relation a lock
   * claim names is found by what it conflicts with: the statement runs (on a fresh fixture each time) while
   * a second session holds one lock mode on that relation, and it either queues behind that lock or not.
   * Waiting behind ACCESS SHARE means ACCESS EXCLUSIVE, behind ROW SHARE EXCLUSIVE, and so on down.
   */
  private Observation runAutocommit(ProofFile file, Case c, Set<String> rels) throws Exception {
    String target = c.serverClaimsFor(major).stream().filter(cl -> cl.what().equals("lock"))
        .map(Claim::rel).findFirst().orElse(null);
    Attempt first = attempt(file, c, rels, target, null);
    Map<String, String> locks = new LinkedHashMap<>();
    if (target != null && first.targetExists) {
      locks.put(target, strongestByConflict(file, c, rels, target));
    }
    Observation o = first.observation;
    return new Observation(o.error(), o.errorMessage(), locks, o.rewritten(), o.scanned(), o.messages());
  }

  private String strongestByConflict(ProofFile file, Case c, Set<String> rels, String target) throws Exception {
    if (waits(file, c, rels, target, "ACCESS SHARE")) {
      return "AccessExclusiveLock";
    }
    if (waits(file, c, rels, target, "ROW SHARE")) {
      return "ExclusiveLock";
    }
    if (waits(file, c, rels, target, "ROW EXCLUSIVE")) {
      return waits(file, c, rels, target, "SHARE") ? "ShareRowExclusiveLock" : "ShareLock";
    }
    if (waits(file, c, rels, target, "SHARE UPDATE EXCLUSIVE")) {
      return "ShareUpdateExclusiveLock";
    }
    if (waits(file, c, rels, target, "EXCLUSIVE")) {
      return waits(file, c, rels, target, "SHARE") ? "RowExclusiveLock" : "RowShareLock";
    }
    if (waits(file, c, rels, target, "ACCESS EXCLUSIVE")) {
      return "AccessShareLock";
    }
    return "none";
  }

  private boolean waits(ProofFile file, Case c, Set<String> rels, String target, String mode) throws Exception {
    return attempt(file, c, rels, target, mode).waited;
  }

  private record Attempt(Observation observation, boolean waited, boolean targetExists) {}

  /** One run of an autocommit case on a fresh fixture, with a second session holding {@code mode} on {@code target}. */
  private Attempt attempt(ProofFile file, Case c, Set<String> rels, String target, String mode) throws Exception {
    fixture(file, c);
    try (Connection blocker = connect(); Connection conn = connect();
        Statement bs = blocker.createStatement(); Statement s = conn.createStatement()) {
      bs.execute("SET search_path = " + SCHEMA + ", public");
      s.execute("SET search_path = " + SCHEMA + ", public");
      s.execute("SET client_min_messages = debug1");
      ResultSet rs = s.executeQuery("SELECT pg_backend_pid()");
      rs.next();
      int pid = rs.getInt(1);
      Map<String, Long> oids = oids(blocker, rels);
      Map<String, Long> fileBefore = relfilenodes(blocker, oids);
      boolean targetExists = target != null && oids.containsKey(target);
      if (mode != null && targetExists) {
        blocker.setAutoCommit(false);
        bs.execute("LOCK TABLE ONLY " + target + " IN " + mode + " MODE");
      }
      List<String> messages = new ArrayList<>();
      Future<SQLException> done = worker.submit(() -> {
        try {
          for (String sql : c.statements()) {
            s.execute(sql);
            collect(s.getWarnings(), messages);
            s.clearWarnings();
          }
          return null;
        } catch (SQLException e) {
          return e;
        }
      });
      boolean waited = false;
      if (!blocker.getAutoCommit()) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (PreparedStatement ps = blocker.prepareStatement(
            "SELECT locktype, relation::bigint FROM pg_locks WHERE pid = ? AND NOT granted")) {
          ps.setInt(1, pid);
          while (!done.isDone()) {
            if (System.nanoTime() > deadline) {
              throw new IllegalStateException("the statement neither finished nor queued for a lock in 20 s");
            }
            ResultSet w = ps.executeQuery();
            if (w.next()) {
              // queued behind our lock on the target, or waiting for something else (other transactions
              // ending, as CONCURRENTLY does): either way it got past the lock it conflicts with or not
              waited = w.getString(1).equals("relation") && w.getLong(2) == oids.get(target);
              break;
            }
            Thread.sleep(5);
          }
        }
        blocker.rollback();
        blocker.setAutoCommit(true);
      }
      SQLException e = done.get(60, TimeUnit.SECONDS);
      Map<String, Long> fileAfter = relfilenodes(blocker, oids(blocker, rels));
      Observation o = new Observation(e == null ? null : e.getSQLState(), e == null ? null : e.getMessage(),
          Map.of(), changed(rels, fileBefore, fileAfter), Map.of(), messages);
      return new Attempt(o, waited, targetExists);
    } finally {
      dropFixture();
    }
  }

  private static void collect(SQLWarning w, List<String> out) {
    for (; w != null; w = w.getNextWarning()) {
      out.add(w.getMessage());
    }
  }

  private static Map<String, Long> oids(Connection c, Set<String> rels) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?)::oid::bigint")) {
      for (String rel : rels) {
        ps.setString(1, rel);
        ResultSet rs = ps.executeQuery();
        rs.next();
        long oid = rs.getLong(1);
        if (!rs.wasNull()) {
          out.put(rel, oid);
        }
      }
    }
    return out;
  }

  private static Map<String, Long> relfilenodes(Connection c, Map<String, Long> oids) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT relfilenode::bigint FROM pg_class WHERE oid = ?::oid")) {
      for (Map.Entry<String, Long> e : oids.entrySet()) {
        ps.setLong(1, e.getValue());
        ResultSet rs = ps.executeQuery();
        out.put(e.getKey(), rs.next() ? rs.getLong(1) : -1L);
      }
    }
    return out;
  }

  private static Map<String, Long> scans(Connection c, Map<String, Long> oids) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT coalesce(seq_scan, 0) FROM pg_stat_xact_user_tables WHERE relid = ?::oid")) {
      for (Map.Entry<String, Long> e : oids.entrySet()) {
        ps.setLong(1, e.getValue());
        ResultSet rs = ps.executeQuery();
        out.put(e.getKey(), rs.next() ? rs.getLong(1) : 0L);
      }
    }
    return out;
  }

  /** The strongest relation lock matching {@code where} on each relation, or "none". */
  private static Map<String, String> locks(Connection c, Map<String, Long> oids, String where) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT mode FROM pg_locks WHERE locktype = 'relation' AND "
        + where + " AND relation = ?::oid AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
      for (Map.Entry<String, Long> e : oids.entrySet()) {
        ps.setLong(1, e.getValue());
        ResultSet rs = ps.executeQuery();
        String best = null;
        while (rs.next()) {
          String m = rs.getString(1);
          if (best == null || MODE_ORDER.indexOf(m) > MODE_ORDER.indexOf(best)) {
            best = m;
          }
        }
        if (best != null || where.contains("granted")) {
          out.put(e.getKey(), best == null ? "none" : best);
        }
      }
    }
    if (where.contains("NOT granted")) {
      out.values().removeIf("none"::equals);
    }
    return out;
  }

  private static Map<String, Boolean> changed(Set<String> rels, Map<String, Long> before, Map<String, Long> after) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (String rel : rels) {
      if (before.containsKey(rel) && after.containsKey(rel)) {
        out.put(rel, !before.get(rel).equals(after.get(rel)));
      }
    }
    return out;
  }

  private static Map<String, Boolean> increased(Set<String> rels, Map<String, Long> before, Map<String, Long> after) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (String rel : rels) {
      if (before.containsKey(rel) && after.containsKey(rel)) {
        out.put(rel, after.get(rel) > before.get(rel));
      }
    }
    return out;
  }

  /** The claims an observation breaks (empty when all hold). */
  static List<String> check(List<Claim> claims, Observation o) {
    List<String> wrong = new ArrayList<>();
    boolean errorClaimed = claims.stream().anyMatch(c -> c.what().equals("error"));
    if (!errorClaimed && o.error() != null) {
      wrong.add("failed with " + o.error() + ": " + o.errorMessage());
      return wrong;
    }
    for (Claim c : claims) {
      String seen = observed(c, o);
      if (!c.value().equals(seen) && !(c.what().equals("message") && "seen".equals(seen))) {
        wrong.add("claimed '" + c.describe() + "', observed " + (seen == null ? "nothing" : "'" + seen + "'")
            + (c.what().equals("error") && o.errorMessage() != null ? " (" + o.errorMessage() + ")" : ""));
      }
    }
    return wrong;
  }

  /** The observed value of what a claim is about (same vocabulary as the claim). */
  static String observed(Claim c, Observation o) {
    return switch (c.what()) {
      case "lock" -> o.locks().get(c.rel());
      case "rewrite" -> yesNo(o.rewritten().get(c.rel()));
      case "scan" -> yesNo(o.scanned().get(c.rel()));
      case "error" -> o.error() == null ? "success" : o.error();
      case "message" -> o.messages().stream().anyMatch(m -> m.contains(c.value())) ? "seen" : "not seen";
      default -> throw new IllegalStateException(c.what());
    };
  }

  private static String yesNo(Boolean b) {
    return b == null ? null : b ? "yes" : "no";
  }

  /** A short cell for the proof document: what was observed, for the facets the claims are about. */
  static String cell(List<Claim> claims, Observation o) {
    List<String> parts = new ArrayList<>();
    for (Claim c : claims) {
      String seen = observed(c, o);
      parts.add(switch (c.what()) {
        case "lock" -> c.rel() + " " + short_(seen);
        case "rewrite" -> "yes".equals(seen) ? c.rel() + " rewritten" : "no".equals(seen) ? c.rel() + " not rewritten" : "rewrite ?";
        case "scan" -> "yes".equals(seen) ? c.rel() + " scanned" : "no".equals(seen) ? c.rel() + " not scanned" : "scan ?";
        case "error" -> "success".equals(seen) ? "succeeds" : "error " + seen;
        default -> "seen".equals(seen) ? "message seen" : "no message";
      });
    }
    return String.join(", ", parts);
  }

  static String short_(String mode) {
    if (mode == null) {
      return "?";
    }
    return switch (mode) {
      case "AccessShareLock" -> "ACCESS SHARE";
      case "RowShareLock" -> "ROW SHARE";
      case "RowExclusiveLock" -> "ROW EXCLUSIVE";
      case "ShareUpdateExclusiveLock" -> "SHARE UPDATE EXCLUSIVE";
      case "ShareLock" -> "SHARE";
      case "ShareRowExclusiveLock" -> "SHARE ROW EXCLUSIVE";
      case "ExclusiveLock" -> "EXCLUSIVE";
      case "AccessExclusiveLock" -> "ACCESS EXCLUSIVE";
      case "none" -> "no lock";
      default -> mode;
    };
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
