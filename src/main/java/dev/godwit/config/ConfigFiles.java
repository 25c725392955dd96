package dev.godwit.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Finds and reads the configuration file of a run. */
public final class ConfigFiles {
  /** The file name looked for. */
  public static final String NAME = ".godwit.yml";

  private ConfigFiles() {}

  /**
   * The {@code .godwit.yml} that applies to {@code start}: in its directory or the nearest one above, up to
   * the root of the Git repository that holds it (a file above the repository belongs to something else).
   *
   * @return the file, or null when there is none
   */
  public static Path find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      if (Files.exists(dir.resolve(".git"))) {
        return null;
      }
    }
    return null;
  }

  /**
   * Reads and validates a configuration file.
   *
   * @param display the file's name in error messages
   * @param ruleIds every rule id and alias, mapped to the canonical id
   * @throws ConfigException when the file is unreadable or invalid
   */
  public static GodwitConfig load(Path file, String display, Map<String, String> ruleIds) {
    return ConfigLoader.load(file, display, ruleIds);
  }

  /** Parses configuration text as if it were {@code file} (for tests and {@code godwit init}). */
  public static GodwitConfig parse(String text, Path file, String display, Map<String, String> ruleIds) {
    return ConfigLoader.parse(text, file, display, ruleIds);
  }
}
