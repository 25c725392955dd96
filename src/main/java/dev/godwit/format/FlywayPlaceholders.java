package dev.godwit.format;

import dev.godwit.model.SourceFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway replaces {@code ${name}} placeholders before it runs a script. Godwit cannot know their
 * values, so it reads each one as an identifier of the same length ({@code ${schema}} →
 * {@code __schema_}): offsets stay those of the file and the statement around it still parses.
 */
final class FlywayPlaceholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)\\}");

  private FlywayPlaceholders() {}

  static SourceFile blank(SourceFile file) {
    String text = file.text();
    if (!text.contains("${")) {
      return file;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder sb = new StringBuilder(text);
    boolean any = false;
    while (m.find()) {
      any = true;
      for (int i = m.start(); i < m.end(); i++) {
        char c = text.charAt(i);
        sb.setCharAt(i, Character.isLetterOrDigit(c) || c == '_' ? c : '_');
      }
    }
    return any ? new SourceFile(file.path(), sb.toString()) : file;
  }
}
