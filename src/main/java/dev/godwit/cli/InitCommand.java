package dev.godwit.cli;

import dev.godwit.config.ConfigException;
import dev.godwit.config.ConfigFiles;
import dev.godwit.config.StarterConfig;
import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code godwit init}: writes a starter {@code .godwit.yml} and prints the CI and pre-commit snippets. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write a commented starter .godwit.yml (with the migration folders found here) and print the"
        + " GitHub Action and pre-commit snippets.")
final class InitCommand implements Callable<Integer> {
  private static final int MAX_FOLDERS = 10;
  private final Main.Env env;

  @Option(names = "--force", description = "Overwrite an existing .godwit.yml.")
  boolean force;

  InitCommand(Main.Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Path dir = env.workDir().toAbsolutePath().normalize();
    Path file = dir.resolve(ConfigFiles.NAME);
    if (Files.exists(file) && !force) {
      throw new Main.UsageException(ConfigFiles.NAME + " already exists here; --force overwrites it");
    }
    String text = StarterConfig.render(detect(dir));
    try {
      ConfigFiles.parse(text, file, ConfigFiles.NAME, CheckCommand.ruleIds()); // never write a file check rejects
    } catch (ConfigException e) {
      throw new IllegalStateException("the starter configuration is invalid: " + e.describe(), e);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    var out = env.out();
    out.println("Wrote " + ConfigFiles.NAME + ". Run `godwit check` to analyze the migrations.");
    out.println();
    out.println("GitHub Actions (docs/github-action.md):");
    out.println();
    out.print(indent(StarterConfig.ACTION_SNIPPET));
    out.println();
    out.println("pre-commit (docs/pre-commit.md):");
    out.println();
    out.print(indent(StarterConfig.PRE_COMMIT_SNIPPET));
    out.flush();
    return Main.EXIT_CLEAN;
  }

  /** Folders holding migrations, with their format, in the order found (at most {@link #MAX_FOLDERS}). */
  private List<StarterConfig.Detected> detect(Path dir) {
    Project project = new ProjectReader(ReadOptions.defaults(), dir).read(List.of(dir));
    Map<String, dev.godwit.model.Format> folders = new LinkedHashMap<>();
    for (Migration m : project.migrations()) {
      for (Script s : m.up()) {
        String path = s.file().path();
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "." : path.substring(0, slash);
        folders.putIfAbsent(folder, m.format());
      }
    }
    List<StarterConfig.Detected> out = new ArrayList<>();
    for (Map.Entry<String, dev.godwit.model.Format> e : folders.entrySet()) {
      if (out.size() == MAX_FOLDERS) {
        break;
      }
      out.add(new StarterConfig.Detected(e.getKey(), e.getValue()));
    }
    return out;
  }

  private static String indent(String s) {
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (!line.isEmpty()) {
        sb.append("    ").append(line);
      }
      sb.append('\n');
    }
    return sb.toString().stripTrailing() + "\n";
  }
}
