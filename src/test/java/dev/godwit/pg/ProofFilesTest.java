package dev.godwit.pg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.pg.ProofFile.Case;
import dev.godwit.rule.Rule;
import dev.godwit.rules.BuiltinRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

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
          if (c.runsOn(v) && c.claimsFor(v).isEmpty()) {
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
}
