package dev.godwit.format;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Script;
import dev.godwit.model.Span;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase formatted SQL: {@code --liquibase formatted sql} on the first line, one migration per
 * {@code --changeset author:id [attr:value ...]}, run in a transaction unless
 * {@code runInTransaction:false}. The downgrade is the changeset's {@code --rollback} lines or
 * {@code /* liquibase rollback ... *}{@code /} block; a changeset without one has none (Liquibase
 * cannot generate a rollback for raw SQL). Changesets for other databases ({@code dbms:mysql}) are
 * skipped.
 */
final class LiquibaseSql implements MigrationFormat {
  static final Format FORMAT = Format.LIQUIBASE_SQL;
  private static final Pattern HEADER = Pattern.compile("^\\s*--\\s*liquibase\\s+formatted\\s+sql\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CHANGESET = Pattern.compile("(?m)^[ \\t]*--[ \\t]*changeset[ \\t]+([^\\r\\n]*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLLBACK_LINE = Pattern.compile("(?m)^[ \\t]*--[ \\t]*rollback\\b[ \\t]?([^\\r\\n]*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLLBACK_BLOCK = Pattern.compile("/\\*\\s*liquibase\\s+rollback\\b(.*?)\\*/",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Override
  public Format kind() {
    return FORMAT;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.WRAPPED, "Liquibase runs each changeset in a transaction");
  }

  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    return r.sqlOf(pool, FORMAT, LiquibaseSql::detect);
  }

  @Override
  public String noMigration(Entry e) {
    return CHANGESET.matcher(e.text()).find() ? "no changeset for PostgreSQL in it: the others name another dbms"
        : "no --changeset line in it";
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    List<Migration> out = new ArrayList<>();
    for (Entry e : mine) {
      out.addAll(r.safely(e, () -> read(e)));
    }
    return out;
  }

  static boolean detect(Entry e) {
    return e.name().toLowerCase(Locale.ROOT).endsWith(".sql") && HEADER.matcher(e.text()).find()
        && HEADER.matcher(e.text().stripLeading()).lookingAt();
  }

  static List<Migration> read(Entry e) {
    String text = e.text();
    Matcher m = CHANGESET.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
      heads.add(m.group(1).strip());
    }
    List<Migration> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int bodyStart = starts.get(i)[1];
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      String head = heads.get(i);
      String[] words = head.split("\\s+");
      String id = words[0];
      String dbms = attr(words, "dbms");
      if (dbms != null && !dbms.isBlank()) {
        String d = dbms.toLowerCase(Locale.ROOT);
        boolean negated = d.startsWith("!");
        boolean names = d.contains("postgresql") || d.equals("all");
        if (negated ? names : !names) {
          continue;
        }
      }
      boolean noTx = "false".equalsIgnoreCase(attr(words, "runInTransaction"));
      Span region = new Span(bodyStart, end);
      var parsed = ScriptBuilder.parse(e.file(), region);
      Script up = parsed.script(e.file(), Direction.UP, region, noTx ? TxMode.AUTOCOMMIT : TxMode.WRAPPED,
          noTx ? "changeset " + id + " sets runInTransaction:false"
              : "Liquibase runs changeset " + id + " in a transaction");
      // rollback: --rollback lines, then /* liquibase rollback */ blocks
      StringBuilder sql = new StringBuilder();
      List<Integer> offsets = new ArrayList<>();
      Matcher r = ROLLBACK_LINE.matcher(text).region(bodyStart, end);
      boolean notRequired = false;
      boolean any = false;
      while (r.find()) {
        any = true;
        String line = r.group(1);
        String lower = line.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("not required") || lower.equals("empty")) {
          notRequired = true;
          continue;
        }
        for (int k = 0; k < line.length(); k++) {
          sql.append(line.charAt(k));
          offsets.add(r.start(1) + k);
        }
        sql.append('\n');
        offsets.add(r.end(1));
      }
      Matcher b = ROLLBACK_BLOCK.matcher(text).region(bodyStart, end);
      while (b.find()) {
        any = true;
        for (int k = b.start(1); k < b.end(1); k++) {
          sql.append(text.charAt(k));
          offsets.add(k);
        }
        sql.append('\n');
        offsets.add(b.end(1));
      }
      List<Script> down = new ArrayList<>();
      if (any && sql.toString().strip().length() > 0) {
        int[] table = offsets.stream().mapToInt(Integer::intValue).toArray();
        var rp = ScriptBuilder.parseText(sql.toString(), OffsetMap.table(table, end));
        down.add(rp.script(e.file(), Direction.DOWN, region, noTx ? TxMode.AUTOCOMMIT : TxMode.WRAPPED,
            "Liquibase runs the rollback of changeset " + id + " in a transaction"));
      }
      out.add(new Migration(FORMAT, id, e.name(), 0, List.of(up), down,
          notRequired ? "changeset " + id + " declares --rollback not required" : null));
    }
    return out;
  }

  private static String attr(String[] words, String name) {
    for (String w : words) {
      int c = w.indexOf(':');
      if (c > 0 && w.substring(0, c).equalsIgnoreCase(name)) {
        return w.substring(c + 1);
      }
    }
    return null;
  }
}
