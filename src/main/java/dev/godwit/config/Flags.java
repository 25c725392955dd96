package dev.godwit.config;

import java.util.Set;

/**
 * What the command line says about the settings a config file can also set; null where it says nothing.
 *
 * @param enable canonical ids of {@code --enable}
 * @param disable canonical ids of {@code --disable}
 * @param requireDowngrade true when {@code --require-downgrade} is given
 */
public record Flags(Integer pgVersion, Set<String> enable, Set<String> disable, boolean requireDowngrade) {
  public Flags {
    enable = Set.copyOf(enable);
    disable = Set.copyOf(disable);
  }
}
