package dev.godwit.cli;

import dev.godwit.rule.Rule;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rules.BuiltinRules;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists every rule. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: id, default severity, summary.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    int width = 0;
    for (Rule r : BuiltinRules.ALL) {
      width = Math.max(width, r.id().length());
    }
    for (Rule r : BuiltinRules.ALL) {
      RuleInfo i = r.info();
      String pg = i.minPg() != 0 && i.maxPg() != 0 ? " [PostgreSQL " + i.minPg() + "-" + i.maxPg() + "]"
          : i.minPg() != 0 ? " [PostgreSQL " + i.minPg() + "+]"
          : i.maxPg() != 0 ? " [PostgreSQL <= " + i.maxPg() + "]" : "";
      out.printf("%-" + width + "s  %-7s  %s%s%s%n", i.id(), i.severity().id(), i.summary(), pg,
          i.enabledByDefault() ? "" : " (off by default)");
    }
    out.printf("%n%d rules. `godwit explain RULE-ID` shows one in full.%n", BuiltinRules.ALL.size());
    return Main.EXIT_CLEAN;
  }
}
