package dev.godwit.config;

/** A configuration file that cannot be used: where (file, 1-based line and column) and why. */
public final class ConfigException extends RuntimeException {
  private final String file;
  private final int line;
  private final int column;

  public ConfigException(String file, int line, int column, String message) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** {@code .godwit.yml:4:3: message}, the way compilers and editors expect it. */
  public String describe() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(getMessage()).toString();
  }
}
