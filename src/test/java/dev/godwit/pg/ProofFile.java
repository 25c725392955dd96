package dev.godwit.pg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A proof file, {@code testdata/_pg/<name>.sql}: what PostgreSQL really does for one kind of
 * statement, written independently of the rule classes.
 *
 * <pre>
 * -- claim-of: CREATE INDEX                      what statement kind the claims are about (required)
 * -- rules: require-concurrent-index             rule ids whose messages make these claims (optional;
 *                                                each must exist, so a renamed rule cannot orphan its proof)
 * -- setup:                                      fixture SQL run (committed) before every case
 * CREATE TABLE t (id bigint PRIMARY KEY, v int);
 * INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;
 *
 * -- case: bad plain                             bad = shows the hazard, ok = shows it gone
 * -- given: ALTER TABLE t ADD CHECK (v > 0);     more committed set-up for this case only (repeatable)
 * -- only: pg>=12                                run the case only on these versions
 * -- session: autocommit                         run outside a transaction block, observed from a
 *                                                second session that holds the table first
 * -- proof: lock t ShareLock; rewrite t no; scan t yes; pg>=11
 * CREATE INDEX t_v_idx ON t (v);
 * </pre>
 *
 * Claims: {@code lock REL MODE} (the strongest lock the statement holds on REL, or the one it waits
 * for in an autocommit session; {@code none} for no lock), {@code rewrite REL yes|no}
 * ({@code pg_class.relfilenode} changed), {@code scan REL yes|no} (a sequential scan counted in
 * {@code pg_stat_xact_user_tables}; transaction sessions only), {@code error SQLSTATE} (the case
 * fails with it; without it the case must succeed; {@code succeeds} says so explicitly), {@code message TEXT} (a server notice or debug
 * message contains TEXT), {@code flagged} / {@code silent} (Godwit, at that {@code --pg-version}, reports
 * one of the file's {@code -- rules:} on the case or none; checked without a server. By default a {@code bad}
 * case is flagged and an {@code ok} case is silent). {@code pg>=N}, {@code pg<N}, {@code pg=N} restrict a proof line to versions.
 * Every version a case runs on must be covered by at least one of its proof lines.
 */
record ProofFile(Path path, String name, String claimOf, List<String> rules, List<String> setup, List<Case> cases) {

  static final Path DIR = Path.of("testdata", "_pg");

  record Case(String kind, String name, List<String> given, VersionRange only, boolean autocommit,
      List<ProofLine> proofs, List<String> statements, List<String> notes) {
    List<Claim> claimsFor(int pg) {
      List<Claim> out = new ArrayList<>();
      for (ProofLine p : proofs) {
        if (p.range().contains(pg)) {
          out.addAll(p.claims());
        }
      }
      return out;
    }

    /** Whether the file's rules should report this case at {@code pg}: an explicit claim, else by kind. */
    boolean flagged(int pg) {
      for (Claim c : claimsFor(pg)) {
        if (c.what().equals("lint")) {
          return c.value().equals("flagged");
        }
      }
      return kind.equals("bad");
    }

    /** The claims a server checks (all but flagged/silent). */
    List<Claim> serverClaimsFor(int pg) {
      return claimsFor(pg).stream().filter(c -> !c.what().equals("lint")).toList();
    }

    boolean runsOn(int pg) {
      return only.contains(pg);
    }

    String sql() {
      return String.join("\n", statements);
    }
  }

  record ProofLine(List<Claim> claims, VersionRange range, String text) {}

  /** One claim about a statement's behaviour. */
  record Claim(String what, String rel, String value) {
    String describe() {
      return switch (what) {
        case "lock" -> "lock " + rel + " " + value;
        case "rewrite", "scan" -> what + " " + rel + " " + value;
        default -> what + " " + value;
      };
    }
  }

  /** Versions {@code from} (inclusive) to {@code to} (exclusive). */
  record VersionRange(int from, int to) {
    static final VersionRange ALL = new VersionRange(0, 1000);

    boolean contains(int v) {
      return v >= from && v < to;
    }

    VersionRange and(VersionRange o) {
      return new VersionRange(Math.max(from, o.from), Math.min(to, o.to));
    }

    static VersionRange parse(String s) {
      Matcher m = Pattern.compile("pg(>=|<=|<|>|=)(\\d+)").matcher(s.replace(" ", ""));
      if (!m.matches()) {
        throw new IllegalArgumentException("not a version condition: " + s);
      }
      int n = Integer.parseInt(m.group(2));
      return switch (m.group(1)) {
        case ">=" -> new VersionRange(n, 1000);
        case ">" -> new VersionRange(n + 1, 1000);
        case "<" -> new VersionRange(0, n);
        case "<=" -> new VersionRange(0, n + 1);
        default -> new VersionRange(n, n + 1);
      };
    }

    @Override
    public String toString() {
      if (from == 0 && to == 1000) {
        return "all";
      }
      if (to == 1000) {
        return from + "+";
      }
      if (from == 0) {
        return "<" + to;
      }
      return to == from + 1 ? String.valueOf(from) : from + "–" + (to - 1);
    }
  }

  static final Set<String> MODES = Set.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
      "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock",
      "none");

  static List<ProofFile> all() {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".sql")).sorted().map(ProofFile::parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern DIRECTIVE = Pattern.compile("^--\\s*([a-z-]+):\\s*(.*)$");

  static ProofFile parse(Path path) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String file = path.getFileName().toString().replaceFirst("\\.sql$", "");
    String claimOf = null;
    List<String> rules = new ArrayList<>();
    StringBuilder setup = new StringBuilder();
    List<Case> cases = new ArrayList<>();
    CaseBuilder cur = null;
    boolean inSetup = false;
    int no = 0;
    for (String raw : lines) {
      no++;
      String line = raw.strip();
      String where = path.getFileName() + ":" + no + ": ";
      Matcher m = DIRECTIVE.matcher(line);
      if (m.matches()) {
        String key = m.group(1);
        String val = m.group(2).strip();
        switch (key) {
          case "claim-of" -> claimOf = val;
          case "rules" -> {
            for (String r : val.split("[,\\s]+")) {
              if (!r.isBlank()) {
                rules.add(r);
              }
            }
          }
          case "setup" -> inSetup = true;
          case "case" -> {
            if (cur != null) {
              cases.add(cur.build(where));
            }
            inSetup = false;
            String[] kn = val.split("\\s+", 2);
            if (!(kn[0].equals("bad") || kn[0].equals("ok")) || kn.length < 2) {
              throw new IllegalArgumentException(where + "'-- case: bad|ok NAME' expected");
            }
            cur = new CaseBuilder(kn[0], kn[1].strip());
          }
          case "given", "only", "session", "proof", "note" -> {
            if (cur == null) {
              throw new IllegalArgumentException(where + "'-- " + key + ":' outside a case");
            }
            cur.directive(key, val, where);
          }
          default -> throw new IllegalArgumentException(where + "unknown directive '" + key + "'");
        }
        continue;
      }
      if (line.startsWith("--") || line.isEmpty()) {
        if (inSetup) {
          setup.append('\n');
        }
        continue;
      }
      if (inSetup) {
        setup.append(raw).append('\n');
      } else if (cur != null) {
        cur.body.append(raw).append('\n');
      } else {
        throw new IllegalArgumentException(where + "SQL outside '-- setup:' and cases");
      }
    }
    if (cur != null) {
      cases.add(cur.build(path.getFileName() + ": "));
    }
    if (claimOf == null) {
      throw new IllegalArgumentException(path.getFileName() + ": '-- claim-of:' missing");
    }
    return new ProofFile(path, file, claimOf, List.copyOf(rules), split(setup.toString()), List.copyOf(cases));
  }

  /** Statements end with a semicolon at the end of a line. */
  static List<String> split(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String l : sql.split("\n")) {
      if (l.isBlank()) {
        continue;
      }
      cur.append(cur.length() == 0 ? "" : "\n").append(l.stripTrailing());
      if (l.stripTrailing().endsWith(";")) {
        String s = cur.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  private static final class CaseBuilder {
    final String kind;
    final String name;
    final List<String> given = new ArrayList<>();
    final List<ProofLine> proofs = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    VersionRange only = VersionRange.ALL;
    boolean autocommit;
    final StringBuilder body = new StringBuilder();

    CaseBuilder(String kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    void directive(String key, String val, String where) {
      switch (key) {
        case "given" -> given.addAll(split(val));
        case "note" -> notes.add(val);
        case "only" -> {
          for (String c : val.split("[;,]")) {
            only = only.and(VersionRange.parse(c.strip()));
          }
        }
        case "session" -> {
          if (!val.equals("autocommit") && !val.equals("transaction")) {
            throw new IllegalArgumentException(where + "session is 'autocommit' or 'transaction'");
          }
          autocommit = val.equals("autocommit");
        }
        default -> proofs.add(proofLine(val, where));
      }
    }

    ProofLine proofLine(String val, String where) {
      List<Claim> claims = new ArrayList<>();
      VersionRange range = VersionRange.ALL;
      for (String item : val.split(";")) {
        String it = item.strip();
        if (it.isEmpty()) {
          continue;
        }
        if (it.startsWith("pg")) {
          range = range.and(VersionRange.parse(it));
          continue;
        }
        String[] w = it.split("\\s+", 3);
        switch (w[0]) {
          case "lock" -> {
            if (w.length != 3 || !MODES.contains(w[2])) {
              throw new IllegalArgumentException(where + "'lock REL MODE' with MODE one of " + MODES + ": " + it);
            }
            claims.add(new Claim("lock", w[1].toLowerCase(Locale.ROOT), w[2]));
          }
          case "rewrite", "scan" -> {
            if (w.length != 3 || !(w[2].equals("yes") || w[2].equals("no"))) {
              throw new IllegalArgumentException(where + "'" + w[0] + " REL yes|no': " + it);
            }
            claims.add(new Claim(w[0], w[1].toLowerCase(Locale.ROOT), w[2]));
          }
          case "error" -> {
            if (w.length != 2 || !w[1].matches("[0-9A-Z]{5}")) {
              throw new IllegalArgumentException(where + "'error SQLSTATE': " + it);
            }
            claims.add(new Claim("error", null, w[1]));
          }
          case "succeeds" -> claims.add(new Claim("error", null, "success"));
          case "flagged", "silent" -> claims.add(new Claim("lint", null, w[0]));
          case "message" -> claims.add(new Claim("message", null, it.substring("message".length()).strip()));
          default -> throw new IllegalArgumentException(where + "unknown claim '" + it + "'");
        }
      }
      if (claims.isEmpty()) {
        throw new IllegalArgumentException(where + "a proof line without claims");
      }
      return new ProofLine(List.copyOf(claims), range, val);
    }

    Case build(String where) {
      List<String> statements = split(body.toString());
      if (statements.isEmpty()) {
        throw new IllegalArgumentException(where + "case '" + name + "' has no statement");
      }
      if (proofs.isEmpty()) {
        throw new IllegalArgumentException(where + "case '" + name + "' has no '-- proof:' line");
      }
      return new Case(kind, name, List.copyOf(given), only, autocommit, List.copyOf(proofs), statements,
          List.copyOf(notes));
    }
  }
}
