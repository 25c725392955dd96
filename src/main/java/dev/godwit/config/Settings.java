package dev.godwit.config;

import dev.godwit.model.Format;

import dev.godwit.engine.LintSettings;
import dev.godwit.rule.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges a configuration file with the command line: a flag wins over the file, the file over defaults. */
public final class Settings {
  private Settings() {}

  public static LintSettings merge(GodwitConfig config, Flags flags) {
    int pg = flags.pgVersion() != null ? flags.pgVersion()
        : config.postgresVersion() != null ? config.postgresVersion() : LintSettings.NEWEST_PG;
    Map<String, Severity> severities = new HashMap<>();
    Set<String> enabled = new HashSet<>(flags.enable());
    Set<String> disabled = new HashSet<>(flags.disable());
    for (Map.Entry<String, String> e : config.rules().entrySet()) {
      String id = e.getKey();
      if (flags.enable().contains(id) || flags.disable().contains(id)) {
        if (!e.getValue().equals("off") && flags.enable().contains(id)) {
          severities.put(id, Severity.parse(e.getValue())); // --enable keeps the configured level
        }
        continue;
      }
      if (e.getValue().equals("off")) {
        disabled.add(id);
      } else {
        severities.put(id, Severity.parse(e.getValue()));
      }
    }
    boolean downgrade = flags.requireDowngrade() || Boolean.TRUE.equals(config.requireDowngrade());
    return new LintSettings(pg, severities, enabled, disabled, downgrade, new LinkedHashSet<>(config.immutableTables()),
        new LinkedHashSet<>(config.largeTables()), config.idempotency());
  }

  /** The format of each configured migrations folder that names one. */
  public static Map<Path, Format> dirFormats(GodwitConfig config) {
    Map<Path, Format> out = new java.util.LinkedHashMap<>();
    for (GodwitConfig.MigrationDir d : config.migrations()) {
      if (d.format() != null) {
        out.put(d.path(), d.format());
      }
    }
    return out;
  }

  /** The folders to analyze when the command line names none: the configured ones, else {@code fallback}. */
  public static List<Path> defaultRoots(GodwitConfig config, Path fallback) {
    List<Path> out = new ArrayList<>();
    for (GodwitConfig.MigrationDir d : config.migrations()) {
      out.add(d.path());
    }
    if (out.isEmpty()) {
      out.add(fallback);
    }
    return out;
  }

  /**
   * Whether the configuration's {@code exclude} globs name a file (or a folder above it). Globs are
   * relative to the configuration file's folder; {@code *} stays within a folder, {@code **} crosses them.
   */
  public static Excludes excludes(GodwitConfig config) {
    return new Excludes(config.baseDir(), config.exclude());
  }

  /** Compiled {@code exclude} globs. */
  public static final class Excludes {
    private final Path base;
    private final List<PathMatcher> matchers = new ArrayList<>();

    Excludes(Path base, List<String> globs) {
      this.base = base;
      for (String g : globs) {
        String glob = g.startsWith("./") ? g.substring(2) : g;
        while (glob.endsWith("/")) {
          glob = glob.substring(0, glob.length() - 1);
        }
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      }
    }

    public boolean isEmpty() {
      return matchers.isEmpty();
    }

    /** True when {@code file} (absolute) or a folder above it matches a glob. */
    public boolean excludes(Path file) {
      if (matchers.isEmpty() || base == null) {
        return false;
      }
      Path abs = file.toAbsolutePath().normalize();
      if (!abs.startsWith(base)) {
        return false;
      }
      for (Path rel = base.relativize(abs); rel != null && !rel.toString().isEmpty(); rel = rel.getParent()) {
        for (PathMatcher m : matchers) {
          if (m.matches(rel)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
