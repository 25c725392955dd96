package dev.godwit.cli;

import picocli.CommandLine;

/** Godwit's version, from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
  static String get() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"godwit " + get()};
  }
}
