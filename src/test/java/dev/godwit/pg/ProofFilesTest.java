package dev.godwit.pg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.pg.ProofFile.Case;
import dev.godwit.rule.Rule;
import dev.godwit.rules.BuiltinRules;
import dev.godwit.TestData;
import dev.godwit.engine.LintResult;
import dev.godwit.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof files without a server: they parse, the rule ids they name exist, and the proof page and
 * the observations agree with them.
 *
 * <p>A proof file is about a statement kind ({@code -- claim-of:}), not a rule class: rules are being
 * written while their claims are proven. {@code -- rules:} names the rules whose messages make the
 * claims once they exist; every id listed there must be a registered rule, so renaming or removing a
 * rule cannot orphan its proof silently. A file for a rule not written yet lists no id, only its
 * {@code claim-of}, and gains the id when the rule lands.
 */
class ProofFilesTest {
  static final int OLDEST = 10;
  static final int NEWEST = 18;

  @Test
  void proofFilesParseAndCoverEveryVersionTheyRunOn() {
    List<ProofFile> files = ProofFile.all();
    assertThat(files).isNotEmpty();
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ProofFile f : files) {
      for (Case c : f.cases()) {
        if (!names.add(f.name() + "/" + c.name())) {
          problems.add(f.name() + ": two cases named '" + c.name() + "'");
        }
        for (int v = OLDEST; v <= NEWEST; v++) {
          if (c.runsOn(v) && c.serverClaimsFor(v).isEmpty()) {
            problems.add(f.name() + "/" + c.name() + ": no proof line for PostgreSQL " + v);
          }
          if (c.runsOn(v) && c.autocommit() && c.claimsFor(v).stream().anyMatch(cl -> cl.what().equals("scan"))) {
            problems.add(f.name() + "/" + c.name() + ": scan claims need a transaction session");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void ruleIdsInProofFilesExist() {
    Set<String> ids = BuiltinRules.ALL.stream().map(Rule::id).collect(Collectors.toSet());
    List<String> orphans = new ArrayList<>();
    for (ProofFile f : ProofFile.all()) {
      for (String r : f.rules()) {
        if (!ids.contains(r)) {
          orphans.add("testdata/_pg/" + f.path().getFileName() + " names rule '" + r + "', which does not exist");
        }
      }
    }
    assertThat(orphans).as("proof files naming rules that are not registered").isEmpty();
  }

  @Test
  void observationsNameExistingCases() {
    Set<String> keys = new HashSet<>();
    for (ProofFile f : ProofFile.all()) {
      for (Case c : f.cases()) {
        keys.add(ProofDoc.key(f, c));
      }
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, String>> e : ProofDoc.readObserved().entrySet()) {
      if (!keys.contains(e.getKey())) {
        stale.add(e.getKey().replace('\t', '/'));
      }
    }
    assertThat(stale).as("observed.tsv rows for cases that no longer exist; regenerate with " + ProofDoc.UPDATE).isEmpty();
  }

  @Test
  void proofPageIsCurrent() {
    String expected = ProofDoc.render(ProofFile.all(), ProofDoc.readObserved());
    if (Boolean.getBoolean("godwit.updateDocs") && System.getenv("GODWIT_PG_URLS") == null) {
      ProofDoc.write(ProofDoc.DOC, expected);
    }
    assertThat(ProofDoc.read(ProofDoc.DOC)).as("docs/postgres-proof.md is stale; regenerate with " + ProofDoc.UPDATE)
        .isEqualTo(expected);
  }

  /**
   * The rules a proof file names report its {@code bad} cases and stay silent on its {@code ok} cases, at
   * every {@code --pg-version} the case runs on (or as its {@code flagged} / {@code silent} claims say):
   * the claims the server proved are the ones the rules act on. The fixture is an earlier migration, so
   * the table is an existing one, as on a real database.
   */
  @Test
  void namedRulesReportBadCasesAndNotOkOnes(@TempDir Path tmp) throws IOException {
    Set<String> ids = BuiltinRules.ALL.stream().map(Rule::id).collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    int n = 0;
    for (ProofFile f : ProofFile.all()) {
      List<String> rules = f.rules().stream().filter(ids::contains).toList();
      if (rules.isEmpty()) {
        continue;
      }
      for (Case c : f.cases()) {
        for (int v = OLDEST; v <= NEWEST; v++) {
          if (!c.runsOn(v)) {
            continue;
          }
          Path project = tmp.resolve("p" + n++);
          Files.createDirectories(project);
          StringBuilder setup = new StringBuilder("-- config: pg-version=" + v + "\n");
          f.setup().forEach(sql -> setup.append(sql).append(";\n"));
          c.given().forEach(sql -> setup.append(sql).append(";\n"));
          Files.writeString(project.resolve("0001_fixture.sql"), setup, StandardCharsets.UTF_8);
          StringBuilder body = new StringBuilder("-- config: pg-version=" + v + "\n");
          body.append(c.autocommit() ? "" : "BEGIN;\n");
          c.statements().forEach(sql -> body.append(sql).append(";\n"));
          body.append(c.autocommit() ? "" : "COMMIT;\n");
          Files.writeString(project.resolve("0002_case.sql"), body, StandardCharsets.UTF_8);
          List<String> reported = new ArrayList<>();
          List<String> parseErrors = new ArrayList<>();
          for (String rule : rules) {
            LintResult r = TestData.lint(project, rule);
            for (Finding fi : r.findings()) {
              if (!fi.path().endsWith("0002_case.sql")) {
                continue; // the fixture is not under test
              }
              if (fi.ruleId().equals("parse-error")) {
                parseErrors.add(fi.message());
              } else if (rules.contains(fi.ruleId())) {
                reported.add(fi.ruleId());
              }
            }
          }
          String where = f.name() + "/" + c.name() + " at --pg-version=" + v + ": ";
          if (!parseErrors.isEmpty()) {
            wrong.add(where + "parse error " + parseErrors.get(0));
          } else if (c.flagged(v) && reported.isEmpty()) {
            wrong.add(where + "claimed flagged by " + rules + ", but no finding");
          } else if (!c.flagged(v) && !reported.isEmpty()) {
            wrong.add(where + "claimed silent, but reported " + reported);
          }
        }
      }
    }
    assertThat(wrong).as("rules disagreeing with the proven behaviour").isEmpty();
  }
}
