package dev.godwit.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution `./mvnw package` makes (scripts/dist.sh): unpacked into an empty folder and run with
 * no {@code java} on the PATH and no JAVA_HOME, on its example and on a migration of its own. Run by
 * `verify` (failsafe), after `package`; skipped when the tarball was not built (no jlink,
 * -Dgodwit.dist.skip) or is older than the jar.
 */
class DistributionIT {
  static final Path TARGET = Path.of("target").toAbsolutePath();
  /** What the launcher may run besides Java (its #!/bin/sh is not looked up on the PATH). */
  static final List<String> TOOLS = List.of("readlink", "dirname", "sed", "cksum", "cut", "mkdir", "mv", "rm");

  @TempDir
  Path tmp;

  record Run(int code, String out) {}

  @Test
  void theTarballRunsWithoutAJdk() throws Exception {
    Path tarball = tarball();
    Path empty = Files.createDirectories(tmp.resolve("install"));
    Run untar = run(List.of("tar", "-xzf", tarball.toString(), "-C", empty.toString()), null, tmp);
    assertThat(untar.code()).as(untar.out()).isZero();
    Path home;
    try (Stream<Path> s = Files.list(empty)) {
      List<Path> top = s.toList();
      assertThat(top).as("one top folder").hasSize(1);
      home = top.get(0);
    }
    assertThat(home.getFileName().toString()).startsWith("godwit-");
    assertThat(home.resolve("bin/godwit")).isExecutable();
    assertThat(home.resolve("lib/godwit.jar")).isRegularFile();
    assertThat(home.resolve("runtime/bin/java")).isExecutable();

    Path path = toolsOnly();
    Path godwit = home.resolve("bin/godwit");
    Run version = run(List.of(godwit.toString(), "--version"), path, tmp);
    assertThat(version.code()).as(version.out()).isZero();
    assertThat(version.out()).startsWith("godwit ");

    Run example = run(List.of(godwit.toString(), "check", home.resolve("example").toString()),
        path, tmp);
    assertThat(example.code()).as(example.out()).isEqualTo(1);
    assertThat(example.out()).contains("error[ban-add-required-column]").contains("000003_add_order_status.up.sql:2:20");

    Path app = Files.createDirectories(tmp.resolve("app/db/migration"));
    Files.writeString(app.resolve("V1__create_accounts.sql"),
        "CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n");
    Run clean = run(List.of(godwit.toString(), "check", "db/migration", "--format", "json"), path, tmp.resolve("app"));
    assertThat(clean.code()).as(clean.out()).isZero();
    assertThat(clean.out()).contains("\"files\": 1");

    // the start-up archive: shipped (Java 24+) or made by the first run (17-23)
    try (Stream<Path> s = Files.list(home.resolve("lib"))) {
      assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".aot") || n.endsWith(".jsa"));
    }
    // only the modules the jar needs
    Run modules = run(List.of(home.resolve("runtime/bin/java").toString(), "--list-modules"), path, tmp);
    assertThat(modules.out()).contains("java.base").doesNotContain("java.desktop").doesNotContain("jdk.compiler");
  }

  static Path tarball() throws IOException {
    assumeTrue(Files.isDirectory(TARGET), "no target folder");
    Path found;
    try (Stream<Path> s = Files.list(TARGET)) {
      found = s.filter(p -> p.getFileName().toString().matches("godwit-.*-linux-x64\\.tar\\.gz")).findFirst()
          .orElse(null);
    }
    assumeTrue(found != null, "the distribution tarball was not built (it needs jlink; see scripts/dist.sh)");
    Path jar = TARGET.resolve("godwit.jar");
    assumeTrue(!Files.exists(jar) || !Files.getLastModifiedTime(found).toInstant()
        .isBefore(Files.getLastModifiedTime(jar).toInstant()), "the tarball is older than the jar");
    return found;
  }

  /** A PATH folder holding the launcher's tools (as scripts that run them) and no {@code java}. */
  Path toolsOnly() throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("tools"));
    for (String tool : TOOLS) {
      Path found = null;
      for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
        Path p = Path.of(dir, tool);
        if (Files.isExecutable(p)) {
          found = p;
          break;
        }
      }
      assumeTrue(found != null, tool + " is not on the PATH");
      Path wrapper = bin.resolve(tool);
      Files.writeString(wrapper, "#!/bin/sh\nexec '" + found + "' \"$@\"\n");
      assertThat(wrapper.toFile().setExecutable(true)).isTrue();
    }
    assertThat(bin.resolve("java")).doesNotExist();
    return bin;
  }

  Run run(List<String> cmd, Path path, Path dir) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    if (path != null) {
      env.clear();
      env.put("PATH", path.toString());
      env.put("HOME", tmp.resolve("home").toString());
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }
}
