package dev.godwit.format;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.Span;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dbmate: one file per migration, {@code -- migrate:up} and {@code -- migrate:down} sections, each run
 * in a transaction unless its marker says {@code transaction:false}; then dbmate still sends the whole
 * section in one {@code Exec}, so a section of several statements runs as one implicit transaction block
 * (PostgreSQL's simple query protocol), and only a section of one statement runs outside any transaction.
 * An empty down section is an absent downgrade.
 */
final class Dbmate implements MigrationFormat {
  static final Format FORMAT = Format.DBMATE;
  static final Pattern MARKER = Pattern.compile("(?m)^--\\s*migrate:(up|down)\\b([^\\r\\n]*)$");
  private static final Pattern VERSION = Pattern.compile("^(\\d+)[_-]?(.*)\\.sql$");

  @Override
  public Format kind() {
    return FORMAT;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.WRAPPED, "dbmate runs each section in a transaction");
  }

  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    return r.sqlOf(pool, FORMAT, Dbmate::detect);
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    List<Migration> out = new ArrayList<>();
    for (Entry e : mine) {
      out.addAll(r.safely(e, () -> List.of(read(e))));
    }
    return out;
  }

  static boolean detect(Entry e) {
    // the plain substring test first: the multi-line pattern tries every position of a file without markers
    return e.name().endsWith(".sql") && e.text().contains("migrate:up") && MARKER.matcher(e.text()).find();
  }

  static Migration read(Entry e) {
    String text = e.text();
    Matcher m = MARKER.matcher(text);
    List<int[]> marks = new ArrayList<>(); // {kind 0 up 1 down, markerStart, bodyStart, noTx}
    while (m.find()) {
      int bodyStart = m.end();
      marks.add(new int[] {m.group(1).equals("up") ? 0 : 1, m.start(), bodyStart,
          m.group(2).replaceAll("\\s", "").contains("transaction:false") ? 1 : 0});
    }
    if (marks.isEmpty() || marks.get(0)[0] != 0) {
      // no -- migrate:up first (a file read as dbmate by --migration-format): the text before any marker is up
      marks.add(0, new int[] {0, 0, 0, 0});
    }
    List<Script> up = new ArrayList<>();
    List<Script> down = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int[] k = marks.get(i);
      int end = i + 1 < marks.size() ? marks.get(i + 1)[1] : text.length();
      Span region = new Span(k[2], end);
      var parsed = ScriptBuilder.parse(e.file(), region);
      boolean noTx = k[3] == 1;
      String section = k[0] == 0 ? "up" : "down";
      // without a transaction of its own, dbmate sends the section in one Exec: PostgreSQL runs several
      // statements sent at once as one implicit transaction block
      boolean several = parsed.statements().size() > 1;
      Script s = parsed.script(e.file(), k[0] == 0 ? Direction.UP : Direction.DOWN, region,
          !noTx ? TxMode.WRAPPED : several ? TxMode.IMPLICIT_MULTI_STATEMENT : TxMode.AUTOCOMMIT,
          !noTx ? "dbmate runs the " + section + " section in a transaction"
              : several ? "the -- migrate:" + section + " marker sets transaction:false, and dbmate sends the"
                  + " section's statements in one Exec, which PostgreSQL runs as one implicit transaction"
              : "the -- migrate:" + section + " marker sets transaction:false");
      if (k[0] == 0) {
        if (up.isEmpty()) {
          up.add(s);
        }
      } else if (!parsed.statements().isEmpty()) {
        down.add(s); // an empty down section is no downgrade at all
      }
    }
    Matcher v = VERSION.matcher(e.name());
    String version = v.matches() ? v.group(1) : e.name();
    String description = v.matches() ? v.group(2).replace('_', ' ').replace('-', ' ') : "";
    return new Migration(FORMAT, version, description, 0, up, down);
  }
}
