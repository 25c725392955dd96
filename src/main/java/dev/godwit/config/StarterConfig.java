package dev.godwit.config;

import dev.godwit.engine.LintSettings;
import dev.godwit.model.Format;
import java.util.List;

/** The commented {@code .godwit.yml} that {@code godwit init} writes, and the snippets it prints. */
public final class StarterConfig {
  private StarterConfig() {}

  /** A detected migration folder: path relative to the config file, with '/' separators, and its format. */
  public record Detected(String path, Format format) {}

  public static String render(List<Detected> detected) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Godwit: static safety analysis of PostgreSQL migrations.\n");
    sb.append("# Flags on the command line win over this file. `godwit rules` lists the rules.\n\n");
    sb.append("# The PostgreSQL major version production runs (").append(LintSettings.OLDEST_PG).append(" to ")
        .append(LintSettings.NEWEST_PG).append(").\n");
    sb.append("postgres-version: ").append(LintSettings.NEWEST_PG).append("\n\n");
    sb.append("# Migration folders; auto-detected when left out.\n");
    sb.append("# format: ").append(String.join(" | ", GodwitConfig.FORMATS)).append("\n");
    if (detected.isEmpty()) {
      sb.append("# migrations:\n#   - path: db/migration\n#     format: flyway\n");
    } else {
      sb.append("migrations:\n");
      for (Detected d : detected) {
        sb.append("  - path: ").append(quote(d.path())).append('\n');
        if (d.format() != null && d.format().configurable()) {
          sb.append("    format: ").append(d.format()).append('\n');
        }
      }
    }
    sb.append("\n# Level per rule: error | warning | note | off\n");
    sb.append("rules:\n");
    sb.append("  # require-concurrent-index: error\n\n");
    sb.append("# Tables of an event store: UPDATE, DELETE, TRUNCATE and DROP on them are errors.\n");
    sb.append("immutable-tables: []\n\n");
    sb.append("# Busy tables: lock-heavy findings on them are raised to error.\n");
    sb.append("large-tables: []\n\n");
    sb.append("# Files that are read (for the schema they build) but never reported; globs relative to this file.\n");
    sb.append("exclude: []\n\n");
    sb.append("# Expect a downgrade for every migration, whatever the format's habit.\n");
    sb.append("require-downgrade: false\n\n");
    sb.append("# Several migration folders: separate databases, each replayed alone (separate), one database\n");
    sb.append("# replayed folder after folder (joined), or groups of folders that share one, e.g.\n");
    sb.append("#   histories:\n#     - [db/core, db/billing]\n");
    sb.append("histories: separate\n");
    sb.append("# Where require-if-not-exists / require-if-exists report a statement that fails when run twice:\n");
    sb.append("#   always              hand-run scripts (plain SQL, numbered, Python) and statements a partial failure\n");
    sb.append("#                       leaves applied as warnings; inside a tool's transaction (Flyway, Liquibase,\n");
    sb.append("#                       Alembic, dbmate) as notes: a re-run by hand, an object made outside the\n");
    sb.append("#                       migrations or a restore-and-replay still stops there\n");
    sb.append("#   outside-transaction only statements outside a transaction that a later failure leaves applied\n");
    sb.append("#   off                 never\n");
    sb.append("idempotency: always\n");
    return sb.toString();
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "''") + "'";
  }

  /** A workflow that runs the GitHub Action on pull requests. */
  public static final String ACTION_SNIPPET = """
      # .github/workflows/migrations.yml
      name: Migrations
      on: pull_request
      permissions:
        contents: read
        security-events: write   # for the SARIF upload
      jobs:
        godwit:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
            - uses: godwit-dev/godwit@main   # pin a release tag or commit SHA
      """;

  /** A {@code .pre-commit-config.yaml} entry. */
  public static final String PRE_COMMIT_SNIPPET = """
      # .pre-commit-config.yaml
      repos:
        - repo: https://github.com/godwit-dev/godwit
          rev: main   # pin a release tag or commit SHA (`pre-commit autoupdate`)
          hooks:
            - id: godwit
      """;
}
