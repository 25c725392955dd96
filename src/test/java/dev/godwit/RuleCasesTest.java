package dev.godwit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.engine.LintResult;
import dev.godwit.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per {@code testdata/<rule-id>/<case>}: every finding must be claimed by an
 * {@code -- expect:} marker, and every marker must claim a finding.
 */
class RuleCasesTest {
  @TestFactory
  Stream<DynamicTest> ruleCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(TestData.ROOT)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String rule = dir.getFileName().toString();
        if (rule.startsWith("_") || rule.equals("projects") || rule.equals("example")) {
          continue;
        }
        try (Stream<Path> cases = Files.list(dir)) {
          for (Path c : cases.sorted().toList()) {
            if (Files.isDirectory(c) || (c.toString().endsWith(".sql") && !c.toString().endsWith(".fixed.sql"))) {
              tests.add(DynamicTest.dynamicTest(rule + "/" + c.getFileName(), () -> check(c, rule)));
            }
          }
        }
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> engineCases() throws IOException {
    Path dir = TestData.ROOT.resolve("_engine");
    try (Stream<Path> cases = Files.list(dir)) {
      return cases.sorted().toList().stream()
          .map(c -> DynamicTest.dynamicTest("_engine/" + c.getFileName(), () -> check(c, null)));
    }
  }

  static void check(Path caseRoot, String rule) {
    LintResult result = TestData.lint(caseRoot, rule);
    List<TestData.Expectation> expected = new ArrayList<>(TestData.expectations(caseRoot));
    assertThat(result.notifications().stream()
        .filter(n -> expected.stream().noneMatch(e -> e.ruleId().equals("invalid-file") && e.path().equals(n.path()))))
        .as("rule crashes or unreadable files").isEmpty();
    List<String> problems = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.suppressed()) {
        continue;
      }
      TestData.Expectation match = null;
      for (TestData.Expectation e : expected) {
        if (e.ruleId().equals(f.ruleId()) && e.path().equals(f.path()) && e.line() == f.startLine()
            && e.positionMatches(f.startColumn(), f.endLine(), f.endColumn())
            && (e.contains() == null || f.message().contains(e.contains()))
            && (e.helpContains() == null || (f.help() != null && f.help().contains(e.helpContains())))) {
          match = e;
          break;
        }
      }
      if (match == null) {
        problems.add("unexpected finding " + f.ruleId() + " at " + f.path() + ":" + f.startLine() + ":"
            + f.startColumn() + " to " + f.endLine() + ":" + f.endColumn() + ": " + f.message());
      } else {
        expected.remove(match);
      }
    }
    for (TestData.Expectation e : expected) {
      problems.add("missing finding " + e.ruleId() + (e.contains() == null ? "" : " \"" + e.contains() + "\"")
          + " at " + e.path() + ":" + e.line() + (e.column() == 0 ? "" : ":" + e.column())
          + (e.endLine() == 0 ? "" : " to " + e.endLine() + ":" + e.endColumn()));
    }
    if (rule != null && caseRoot.getFileName().toString().equals("bad.sql")
        && TestData.expectations(caseRoot).stream().noneMatch(e -> e.ruleId().equals(rule))) {
      problems.add("bad.sql has no marker for " + rule);
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }
}
