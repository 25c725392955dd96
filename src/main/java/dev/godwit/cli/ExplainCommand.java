package dev.godwit.cli;

import dev.godwit.rule.Rule;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rules.BuiltinRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints one rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show a rule's full documentation.")
final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "RULE-ID", description = "A rule id (see `godwit rules`).")
  String ruleId;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    for (Rule r : BuiltinRules.ALL) {
      RuleInfo i = r.info();
      boolean alias = java.util.Arrays.asList(i.aliases()).contains(ruleId);
      if (i.id().equals(ruleId) || alias) {
        out.print(RuleDocs.render(i, longText(i.id())));
        return Main.EXIT_CLEAN;
      }
    }
    throw new Main.UsageException("unknown rule \"" + ruleId + "\"; `godwit rules` lists them");
  }

  static String longText(String id) throws IOException {
    try (InputStream in = ExplainCommand.class.getResourceAsStream("/godwit/rules/" + id + ".md")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
