package dev.godwit.format;

import dev.godwit.model.OffsetMap;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Statement;
import dev.godwit.parse.SqlParser;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway replaces {@code ${name}} placeholders in a script's text before it runs it. The values the project's
 * Flyway configuration gives ({@code placeholders.*}, see {@link FlywayConfigReader}) are substituted, with a
 * map back to the file so findings and fixes keep their places. A placeholder without a value stays as written:
 * Godwit's SQL lexer reads {@code ${name}} as a name, so messages show {@code ${schema}.users}.
 */
final class FlywayPlaceholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)\\}");

  private FlywayPlaceholders() {}

  /**
   * The file's statements with the known placeholders replaced by their values, or null when the file holds
   * none of them (then it is parsed as written).
   */
  static ScriptBuilder.Parsed substitute(SourceFile file, Map<String, String> values) {
    String text = file.text();
    if (values.isEmpty() || !text.contains("${")) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder sql = new StringBuilder(text.length());
    int[] offsets = new int[text.length() + 16];
    int n = 0;
    int last = 0;
    boolean any = false;
    while (m.find()) {
      String value = value(values, m.group(1), file);
      if (value == null) {
        continue;
      }
      any = true;
      for (int i = last; i < m.start(); i++) {
        offsets = grow(offsets, n);
        offsets[n++] = i;
        sql.append(text.charAt(i));
      }
      // the value's characters point into the placeholder: its first at '$', its last at '}'
      int len = m.end() - m.start();
      for (int k = 0; k < value.length(); k++) {
        offsets = grow(offsets, n);
        offsets[n++] = k == value.length() - 1 ? m.end() - 1 : m.start() + Math.min(k, len - 2);
      }
      sql.append(value);
      last = m.end();
    }
    if (!any) {
      return null;
    }
    for (int i = last; i < text.length(); i++) {
      offsets = grow(offsets, n);
      offsets[n++] = i;
      sql.append(text.charAt(i));
    }
    OffsetMap map = OffsetMap.table(java.util.Arrays.copyOf(offsets, n), text.length());
    ScriptBuilder.Parsed parsed = ScriptBuilder.parseText(sql.toString(), map);
    List<Statement> expanded = EmbeddedSql.expand(file, parsed.statements(), new SqlParser());
    return new ScriptBuilder.Parsed(parsed.statements(), parsed.comments(), expanded);
  }

  /**
   * The file as Flyway's placeholders leave it when their values are unknown: unchanged, since the SQL lexer reads
   * {@code ${name}} as a name (kept for readers that parse a file without its configuration).
   */
  static SourceFile blank(SourceFile file) {
    return file;
  }

  /** The value of a placeholder: configured (by exact name, else ignoring case), or Flyway's own {@code flyway:filename}. */
  private static String value(Map<String, String> values, String name, SourceFile file) {
    String v = values.get(name);
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return name.equals("flyway:filename") ? file.name() : null;
  }

  private static int[] grow(int[] a, int n) {
    return n < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2 + 16);
  }
}
