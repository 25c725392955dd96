package dev.godwit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.godwit.rule.Rule;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry, the rule metadata, the side-car docs and the test data agree. */
class RuleRegistryTest {
  @Test
  void registryHoldsEveryRuleClassSortedById() {
    Set<String> onClasspath = new HashSet<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.godwit.rules")) {
      if (c.isAssignableTo(Rule.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isInterface()) {
        onClasspath.add(c.getName());
      }
    }
    Set<String> registered = new HashSet<>();
    for (Rule r : BuiltinRules.ALL) {
      registered.add(r.getClass().getName());
    }
    assertThat(registered).containsExactlyInAnyOrderElementsOf(onClasspath);
    List<String> ids = BuiltinRules.ALL.stream().map(Rule::id).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void metadataIsComplete() {
    Set<String> ids = new HashSet<>();
    for (Rule r : BuiltinRules.ALL) {
      RuleInfo i = r.info();
      assertThat(i.id()).as("id").matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(i.summary()).as(i.id() + " summary").isNotBlank().doesNotEndWith(".");
      assertThat(i.rationale()).as(i.id() + " rationale").isNotBlank();
      assertThat(i.safeAlternative()).as(i.id() + " safeAlternative").isNotBlank();
      assertThat(i.minPg() == 0 || i.maxPg() == 0 || i.minPg() <= i.maxPg()).as(i.id() + " pg range").isTrue();
      assertThat(ids.add(i.id())).as("duplicate id " + i.id()).isTrue();
      for (String a : i.aliases()) {
        assertThat(ids.add(a)).as("alias clashes: " + a).isTrue();
      }
    }
  }

  @Test
  void everyRuleHasDocsAndTestData() {
    List<String> missing = new ArrayList<>();
    for (Rule r : BuiltinRules.ALL) {
      String id = r.id();
      if (!Files.isRegularFile(Path.of("rules", id + ".md"))) {
        missing.add("rules/" + id + ".md");
      }
      Path dir = TestData.ROOT.resolve(id);
      if (!Files.isRegularFile(dir.resolve("bad.sql")) && !hasCaseFolders(dir)) {
        missing.add("testdata/" + id + "/bad.sql");
      }
      if (!Files.isRegularFile(dir.resolve("ok.sql")) && !hasCaseFolders(dir)) {
        missing.add("testdata/" + id + "/ok.sql");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyDocAndTestDataFolderMatchesARule() throws IOException {
    Set<String> ids = new HashSet<>();
    BuiltinRules.ALL.forEach(r -> ids.add(r.id()));
    List<String> orphans = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
          .filter(n -> !ids.contains(n.substring(0, n.length() - 3))).forEach(n -> orphans.add("rules/" + n));
    }
    try (Stream<Path> s = Files.list(TestData.ROOT)) {
      s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_") && !n.equals("projects") && !n.equals("example") && !ids.contains(n))
          .forEach(n -> orphans.add("testdata/" + n));
    }
    assertThat(orphans).isEmpty();
  }

  private static boolean hasCaseFolders(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(Files::isDirectory);
    } catch (IOException e) {
      return false;
    }
  }
}
