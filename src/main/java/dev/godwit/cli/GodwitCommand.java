package dev.godwit.cli;

import picocli.CommandLine.Command;

/** The top-level command; its work is in the subcommands. */
@Command(
    name = "godwit",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Static safety analyzer for PostgreSQL migrations: finds lock-heavy DDL, table rewrites, "
        + "non-idempotent statements and missing downgrades before they reach production.",
    subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class},
    footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage, configuration or I/O error."})
final class GodwitCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: check, rules, explain or init");
  }
}
