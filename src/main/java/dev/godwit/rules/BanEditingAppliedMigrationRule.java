package dev.godwit.rules;

import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.ProjectRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * With {@code --changed-since}: a migration that already existed on the base and was edited since. Databases
 * that applied it keep the old version; Flyway's checksum and Liquibase's MD5 make the next deployment fail.
 */
@RuleInfo(
    id = "ban-editing-applied-migration",
    summary = "A migration that already existed on the --changed-since base was edited",
    severity = Severity.ERROR,
    rationale =
        "A migration that is merged has probably run somewhere. Editing it changes nothing on those databases, and"
            + " the tool notices: Flyway's validate fails with 'Migration checksum mismatch' (a CRC32 of the"
            + " script's lines) and Liquibase stops with 'checksum changed' for the changeset, so the next"
            + " deployment fails on every environment the old version reached. Only --changed-since tells Godwit"
            + " which files existed before.",
    safeAlternative =
        "Revert the edit and write the change as a new migration (the next Flyway version, a new changeset); a"
            + " Liquibase changeset meant to change may say runOnChange:true.",
    tags = {"history", "flyway", "liquibase"})
public final class BanEditingAppliedMigrationRule implements ProjectRule {
  /** Where a Liquibase changeset starts, in formatted SQL, XML and YAML. */
  private static final Pattern CHANGESET = Pattern.compile(
      "(?m)^[ \\t]*(?:--[ \\t]*changeset[ \\t]+(\\S+?):(\\S+)|<(?:\\w+:)?changeSet\\b|-[ \\t]+changeSet:)");
  private static final Pattern XML_ID = Pattern.compile("\\bid\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern XML_AUTHOR = Pattern.compile("\\bauthor\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern YAML_ID = Pattern.compile("(?m)^[ \\t]+id:[ \\t]*['\"]?([^'\"\\s#]+)");
  private static final Pattern YAML_AUTHOR = Pattern.compile("(?m)^[ \\t]+author:[ \\t]*['\"]?([^'\"\\s#]+)");

  @Override
  public void check(Project project, RuleContext ctx) {
    if (project.baseTexts().isEmpty()) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Migration m : project.migrations()) {
      for (Script s : m.up()) {
        check(m, s.file(), project, ctx, seen);
      }
      for (Script s : m.down()) {
        check(m, s.file(), project, ctx, seen);
      }
    }
  }

  private static void check(Migration m, SourceFile f, Project project, RuleContext ctx, Set<String> seen) {
    String base = project.baseTexts().get(f.path());
    if (base == null || !seen.add(f.path())) {
      return;
    }
    if (m.format() == dev.godwit.model.Format.FLYWAY && m.version() != null) {
      int line = firstDifferentLine(base, f.text());
      if (line > 0) {
        ctx.report(f, lineSpan(f, line), "Flyway refuses to migrate once " + f.name() + " has run: it existed on"
            + " the base and is edited from line " + line + ", so its checksum no longer matches the one recorded"
            + " in flyway_schema_history ('Migration checksum mismatch').")
            .help("Revert the edit and put the change in a new migration with the next version.");
      }
    } else if (m.format() != null && m.format().isLiquibase()) {
      Map<String, Integer> before = changesets(base);
      Map<String, String> beforeText = new LinkedHashMap<>();
      chunks(base, beforeText, null);
      Map<String, Integer> starts = new LinkedHashMap<>();
      Map<String, String> now = new LinkedHashMap<>();
      chunks(f.text(), now, starts);
      for (Map.Entry<String, String> e : now.entrySet()) {
        String old = beforeText.get(e.getKey());
        if (old == null || before.get(e.getKey()) == null || normalize(old).equals(normalize(e.getValue()))
            || e.getValue().matches("(?s).*runOnChange\\s*[:=]\\s*[\"']?true.*")
            || e.getValue().contains("validCheckSum")) {
          continue;
        }
        int at = starts.get(e.getKey());
        String[] idAuthor = e.getKey().split("\u0000", -1);
        int k = Math.max(1, firstDifferentLine(old, e.getValue()));
        ctx.report(f, lineSpan(f, f.lines().line(at) + k - 1), "Liquibase refuses to update once changeset " + idAuthor[0]
            + (idAuthor[1].isEmpty() ? "" : " by " + idAuthor[1]) + " has run: it existed on the base and is edited,"
            + " so its checksum no longer matches the one in DATABASECHANGELOG.")
            .help("Revert the edit and write a new changeset; a changeset meant to change says runOnChange:true.");
      }
    }
  }

  private static Map<String, Integer> changesets(String text) {
    Map<String, String> chunks = new LinkedHashMap<>();
    Map<String, Integer> starts = new LinkedHashMap<>();
    chunks(text, chunks, starts);
    return starts;
  }

  /** Each changeset's text by id and author; {@code starts} (when given) gets its offset. */
  private static void chunks(String text, Map<String, String> out, Map<String, Integer> starts) {
    Matcher m = CHANGESET.matcher(text);
    int prevStart = -1;
    String prevKey = null;
    while (true) {
      boolean found = m.find();
      int start = found ? m.start() : text.length();
      if (prevKey != null) {
        out.putIfAbsent(prevKey, text.substring(prevStart, start));
        if (starts != null) {
          starts.putIfAbsent(prevKey, prevStart);
        }
      }
      if (!found) {
        return;
      }
      int headEnd = text.indexOf('\n', m.end());
      String head = text.substring(m.start(), Math.min(text.length(), Math.max(m.end(), headEnd < 0 ? text.length()
          : Math.min(text.length(), m.end() + 400))));
      String id;
      String author;
      if (m.group(1) != null) {
        author = m.group(1);
        id = m.group(2);
      } else if (m.group().contains("<")) {
        id = find(XML_ID, head);
        author = find(XML_AUTHOR, head);
      } else {
        id = find(YAML_ID, head);
        author = find(YAML_AUTHOR, head);
      }
      prevStart = m.start();
      prevKey = id == null ? null : id + "\u0000" + (author == null ? "" : author);
    }
  }

  private static String find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String normalize(String chunk) {
    return chunk.replaceAll("(?m)^\\s*(--|#)[^\\n]*$", "").replaceAll("<!--.*?-->", "").replaceAll("\\s+", " ").strip();
  }

  /** The first line (from 1) where the texts differ as Flyway reads them (line by line, endings and BOM aside); 0 when they do not. */
  static int firstDifferentLine(String before, String after) {
    String[] a = strip(before).split("\r\n|\r|\n");
    String[] b = strip(after).split("\r\n|\r|\n");
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if (!a[i].equals(b[i])) {
        return i + 1;
      }
    }
    return a.length == b.length ? 0 : Math.max(1, b.length < a.length ? n : n + 1);
  }

  private static String strip(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static Span lineSpan(SourceFile f, int line) {
    int l = Math.max(1, Math.min(line, f.lines().lineCount()));
    int start = f.lines().lineStart(l);
    return RuleSupport.lineAt(f, start);
  }
}
