package dev.godwit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.godwit.rule.Rule;
import dev.godwit.rule.RuleInfo;

/** The pipeline's stages depend only on earlier stages: sources → migrations → statements → rules → reports → CLI. */
@AnalyzeClasses(packages = "dev.godwit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
      .layer("cli").definedBy("dev.godwit.cli..")
      .layer("config").definedBy("dev.godwit.config..")
      .layer("report").definedBy("dev.godwit.report..")
      .layer("engine").definedBy("dev.godwit.engine..")
      .layer("rules").definedBy("dev.godwit.rules..")
      .layer("ruleapi").definedBy("dev.godwit.rule..")
      .layer("schema").definedBy("dev.godwit.schema..")
      .layer("format").definedBy("dev.godwit.format..")
      .layer("parse").definedBy("dev.godwit.parse..")
      .layer("source").definedBy("dev.godwit.source..")
      .layer("model").definedBy("dev.godwit.model..")
      .whereLayer("cli").mayNotBeAccessedByAnyLayer()
      .whereLayer("config").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "config", "report")
      .whereLayer("rules").mayOnlyBeAccessedByLayers("cli", "engine")
      .whereLayer("format").mayOnlyBeAccessedByLayers("cli", "engine")
      .whereLayer("parse").mayOnlyBeAccessedByLayers("format", "engine")
      .whereLayer("source").mayOnlyBeAccessedByLayers("format", "parse", "engine")
      .whereLayer("model").mayNotAccessAnyLayer();

  @ArchTest
  static final ArchRule rulesSeeOnlyTheModel = noClasses().that().resideInAPackage("dev.godwit.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.godwit.parse..", "dev.godwit.engine..",
          "dev.godwit.report..", "dev.godwit.cli..", "dev.godwit.format..", "dev.godwit.source..", "java.io..",
          "java.nio.file..", "net.sf.jsqlparser..");

  /** The schema model replays the model only: rules reach it through the rule API, the engine builds it. */
  @ArchTest
  static final ArchRule schemaSeesOnlyTheModel = noClasses().that().resideInAPackage("dev.godwit.schema..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.godwit.parse..", "dev.godwit.engine..",
          "dev.godwit.format..", "dev.godwit.source..", "dev.godwit.report..", "dev.godwit.cli..",
          "dev.godwit.rule..", "dev.godwit.rules..", "java.io..", "java.nio.file..");

  @ArchTest
  static final ArchRule onlyParseSeesJsqlParser = noClasses().that().resideOutsideOfPackage("dev.godwit.parse..")
      .should().dependOnClassesThat().resideInAPackage("net.sf.jsqlparser..");

  /**
   * SnakeYAML Engine reads three things: the configuration file, Liquibase YAML changelogs and Spring Boot's
   * application.yml for Flyway's settings.
   */
  @ArchTest
  static final ArchRule snakeYamlInThreeClasses = noClasses().that().doNotHaveFullyQualifiedName("dev.godwit.config.ConfigLoader")
      .and().doNotHaveFullyQualifiedName("dev.godwit.format.LiquibaseYaml")
      .and().doNotHaveFullyQualifiedName("dev.godwit.format.FlywayConfigReader")
      .should().dependOnClassesThat().resideInAPackage("org.snakeyaml..");

  /** Host-language parsing (Java with JavaParser, Python with Godwit's own tokenizer) lives in format.host. */
  @ArchTest
  static final ArchRule onlyFormatHostSeesJavaParser = noClasses().that().resideOutsideOfPackage("dev.godwit.format.host..")
      .should().dependOnClassesThat().resideInAPackage("com.github.javaparser..");

  @ArchTest
  static final ArchRule onlyReportSeesJackson = noClasses().that().resideOutsideOfPackage("dev.godwit.report..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

  /** No rule calls another rule: what two rules share lives in a helper class (RuleSupport, TableLocks, ...). */
  @ArchTest
  static final ArchRule rulesDoNotCallEachOther = noClasses().that().resideInAPackage("dev.godwit.rules")
      .and().haveSimpleNameEndingWith("Rule")
      .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another rule",
          (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("dev.godwit.rules")
              && c.getSimpleName().endsWith("Rule")));

  @ArchTest
  static final ArchRule onlyCliSeesPicocli = noClasses().that().resideOutsideOfPackage("dev.godwit.cli..")
      .should().dependOnClassesThat().resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule ruleShape = classes().that().implement(Rule.class)
      .and().doNotHaveModifier(JavaModifier.ABSTRACT).and().areNotInterfaces()
      .should().beAnnotatedWith(RuleInfo.class).andShould().haveModifier(JavaModifier.FINAL)
      .andShould().haveSimpleNameEndingWith("Rule").andShould().resideInAPackage("dev.godwit.rules..")
      .andShould().haveOnlyFinalFields();

  @ArchTest
  static final ArchRule onlyCliTouchesTheProcess = noClasses().that().resideOutsideOfPackage("dev.godwit.cli..")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
      .orShould().callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule noCycles = slices().matching("dev.godwit.(*)..").should().beFreeOfCycles();
}
