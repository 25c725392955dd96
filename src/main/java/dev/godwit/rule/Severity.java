package dev.godwit.rule;

import java.util.Locale;

/** How serious a finding is; also the threshold of {@code --fail-on}. Ordered from most to least severe. */
public enum Severity {
  ERROR, WARNING, NOTE;

  /** Lower-case name as used in config files, flags and SARIF levels. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
