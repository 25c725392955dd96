package dev.godwit.rules;

import dev.godwit.model.FlywayConfig;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import java.util.Locale;

/** What the project's Flyway configuration ({@link FlywayConfig}) means for the rules. */
final class FlywaySettings {
  private FlywaySettings() {}

  static boolean isFlyway(Migration m) {
    return m != null && m.format() != null && m.format().isFlyway();
  }

  /** The Flyway configuration of the migration being checked; null when it is not a Flyway migration. */
  static FlywayConfig of(RuleContext ctx) {
    Migration m = ctx.migration();
    if (!isFlyway(m) || ctx.project() == null) {
      return null;
    }
    String path = ctx.script() != null ? ctx.script().file().path() : m.primaryFile().path();
    return ctx.project().flywayConfig(path);
  }

  /**
   * The value Flyway's {@code initSql} gives the session setting {@code name} (a plain {@code SET}, or
   * {@code set_config(..., false)}) for every migration, or null when it sets none.
   */
  static String initValue(RuleContext ctx, String name) {
    FlywayConfig c = of(ctx);
    if (c == null) {
      return null;
    }
    String value = null;
    for (Statement st : c.initSql()) {
      if (st.node() instanceof Node.SetVariable set && !set.local()
          && set.name().trim().toLowerCase(Locale.ROOT).replace("\"", "").equals(name)) {
        value = set.value() == null || set.value().trim().equalsIgnoreCase("default") ? null : set.value();
      } else if (st.node() instanceof Node.ResetVariable r && (name.equalsIgnoreCase(r.name())
          || "all".equalsIgnoreCase(r.name()))) {
        value = null;
      }
    }
    return value;
  }
}
