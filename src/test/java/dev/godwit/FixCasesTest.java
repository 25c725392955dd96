package dev.godwit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engine.Fixes;
import dev.godwit.engine.LintResult;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Finding;
import dev.godwit.rule.FixAvailability;
import dev.godwit.rule.Rule;
import dev.godwit.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fix invariants of STYLE.md §6.4, for every rule case {@code testdata/<rule-id>/<case>.sql}:
 * <ul>
 *   <li>the rule emits fixes as its {@code @RuleInfo(fix = ...)} says;
 *   <li>each fix on its own leaves SQL that parses and removes its finding;
 *   <li>when the SAFE fixes change the case, {@code <case>.fixed.sql} holds the exact text that applying
 *       them (in rounds, with {@code --fix}'s own loop, {@link Fixes#inRounds}) gives; no finding with a safe
 *       fix is left, and a second run changes nothing.
 * </ul>
 */
class FixCasesTest {
  @TestFactory
  Stream<DynamicTest> fixCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : BuiltinRules.ALL) {
      Path dir = TestData.ROOT.resolve(rule.id());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> cases = Files.list(dir)) {
        for (Path c : cases.sorted().toList()) {
          String name = c.getFileName().toString();
          if (name.endsWith(".sql") && !name.endsWith(".fixed.sql")) {
            tests.add(DynamicTest.dynamicTest(rule.id() + "/" + name, () -> check(rule, c)));
          }
        }
      }
    }
    return tests.stream();
  }

  private static void check(Rule rule, Path sqlCase) throws IOException {
    LintResult result = TestData.lint(sqlCase, rule.id());
    List<Finding> own = result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    FixAvailability declared = rule.info().fix();
    for (Finding f : own) {
      if (declared == FixAvailability.NONE) {
        assertThat(f.fix()).as("%s declares no fix but emitted one at line %d", rule.id(), f.startLine()).isNull();
      } else if (declared == FixAvailability.ALWAYS) {
        assertThat(f.fix()).as("%s declares a fix for every finding; none at line %d", rule.id(), f.startLine())
            .isNotNull();
      }
    }
    Path expected = sqlCase.resolveSibling(sqlCase.getFileName().toString().replace(".sql", ".fixed.sql"));
    if (own.stream().allMatch(f -> f.fix() == null) && !Files.exists(expected)) {
      return; // nothing to apply (and invalid-file cases are not UTF-8 text)
    }
    String text = Files.readString(sqlCase, StandardCharsets.UTF_8);
    for (Finding f : own) {
      if (f.fix() == null || f.fix().applicability() == Applicability.DISPLAY_ONLY) {
        continue;
      }
      String fixed = Fixes.applyEdits(text, f.fix().edits());
      LintResult after = lintText(sqlCase, fixed, rule.id());
      assertThat(after.findings()).as("fix of line %d leaves SQL that parses:%n%s", f.startLine(), fixed)
          .noneMatch(g -> g.ruleId().equals("parse-error"));
      assertThat(after.findings().stream().filter(g -> g.ruleId().equals(rule.id())).count())
          .as("fix '%s' of line %d removes its finding", f.fix().title(), f.startLine()).isLessThan(own.size());
    }
    String fixed = fixInRounds(sqlCase, text, rule.id());
    if (!fixed.equals(text) && Boolean.getBoolean("godwit.updateExpected")) {
      Files.writeString(expected, fixed, StandardCharsets.UTF_8); // -Dgodwit.updateExpected=true writes them
    }
    if (!fixed.equals(text)) {
      assertThat(expected).as("safe fixes change %s: its exact fixed text belongs in %s", sqlCase, expected.getFileName())
          .exists();
    }
    if (Files.exists(expected)) {
      assertThat(fixed).as("safe fixes of %s", sqlCase).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
      LintResult after = lintText(sqlCase, fixed, rule.id());
      assertThat(after.findings()).as("findings with a safe fix left after fixing")
          .noneMatch(g -> g.fix() != null && g.fix().applicability() == Applicability.SAFE)
          .noneMatch(g -> g.ruleId().equals("parse-error"));
      assertThat(fixInRounds(sqlCase, fixed, rule.id())).as("fixing again changes nothing").isEqualTo(fixed);
    }
  }

  /** Applies the SAFE fixes as {@code --fix} does: apply, re-read, re-lint, until nothing changes. */
  static String fixInRounds(Path sqlCase, String text, String ruleId) throws IOException {
    String[] current = {text};
    Fixes.Rounds rounds = Fixes.inRounds(lintText(sqlCase, text, ruleId).findings(), false, 10,
        c -> current[0] = c.fixed(), () -> lintText(sqlCase, current[0], ruleId).findings());
    assertThat(rounds.converged()).as("fixes converge in 10 rounds").isTrue();
    return current[0];
  }

  private static LintResult lintText(Path sqlCase, String text, String ruleId) throws IOException {
    Path dir = Files.createTempDirectory("godwit-fix");
    Path copy = dir.resolve(sqlCase.getFileName().toString());
    Files.writeString(copy, text, StandardCharsets.UTF_8);
    try {
      return TestData.lint(copy, ruleId);
    } finally {
      Files.delete(copy);
      Files.delete(dir);
    }
  }
}
