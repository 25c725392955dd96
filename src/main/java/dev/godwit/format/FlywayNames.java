package dev.godwit.format;

import dev.godwit.model.FlywayConfig;
import java.nio.file.Path;
import java.util.regex.Matcher;

/**
 * Migration names as Flyway reads them under the project's configured {@code sqlMigrationPrefix},
 * {@code undoSqlMigrationPrefix}, {@code repeatableSqlMigrationPrefix}, {@code sqlMigrationSeparator} and
 * {@code sqlMigrationSuffixes} (Flyway's ResourceNameParser: prefix and suffix compared case-sensitively, the
 * description after the first separator).
 */
final class FlywayNames {
  private FlywayNames() {}

  /**
   * The name in Flyway's default spelling ({@code V1__desc.sql}) when Flyway, so configured, reads {@code name}
   * as a SQL migration; the name itself when the configuration is the default one; otherwise a name that no
   * Flyway pattern matches (a default-style name that the configured prefixes do not accept is not a migration).
   */
  static String canonical(String name, FlywayConfig c) {
    if (isDefault(c)) {
      return name;
    }
    String suffix = null;
    for (String s : c.sqlMigrationSuffixes()) {
      if (name.endsWith(s) && (suffix == null || s.length() > suffix.length())) {
        suffix = s;
      }
    }
    if (suffix == null) {
      return name + "\u0000";
    }
    String stem = name.substring(0, name.length() - suffix.length());
    String[][] prefixes = {{c.repeatableSqlMigrationPrefix(), "R"}, {c.undoSqlMigrationPrefix(), "U"},
        {c.sqlMigrationPrefix(), "V"}};
    for (String[] p : prefixes) {
      if (!p[0].isEmpty() && stem.startsWith(p[0])) {
        String rest = stem.substring(p[0].length());
        int sep = rest.indexOf(c.sqlMigrationSeparator());
        if (sep < 0) {
          return name + "\u0000";
        }
        return p[1] + rest.substring(0, sep) + "__" + rest.substring(sep + c.sqlMigrationSeparator().length()) + ".sql";
      }
    }
    return name + "\u0000";
  }

  static boolean isDefault(FlywayConfig c) {
    return c.sqlMigrationPrefix().equals("V") && c.undoSqlMigrationPrefix().equals("U")
        && c.repeatableSqlMigrationPrefix().equals("R") && c.sqlMigrationSeparator().equals("__")
        && c.sqlMigrationSuffixes().equals(java.util.List.of(".sql"));
  }

  /** The description of a migration named {@code name} ("" when it is not one). */
  static String description(String name, FlywayConfig c) {
    Matcher m = Flyway.NAME.matcher(canonical(name, c));
    return m.matches() ? m.group(3).replace('_', ' ') : "";
  }

  /**
   * The version space of a Flyway migration: every location a configuration names is one space (Flyway scans
   * them together, so a version may appear only once among them); else the nearest migration folder
   * ({@link Flyway#location}).
   */
  static String space(Entry e, FlywayConfig c, java.util.function.Function<Path, String> display) {
    if (c.configured()) {
      String path = display.apply(e.path());
      for (String dir : c.locationDirs()) {
        if (path.startsWith(dir + "/")) {
          return "config:" + c.dir();
        }
      }
    }
    return Flyway.location(e);
  }
}
