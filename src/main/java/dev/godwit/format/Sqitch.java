package dev.godwit.format;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.TxMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sqitch: {@code sqitch.plan} gives the order of changes; {@code deploy/<change>.sql} is the up part,
 * {@code revert/<change>.sql} the down part ({@code verify/} scripts are not migrations). sqitch runs each
 * script through psql without a transaction of its own: only the script's BEGIN ... COMMIT opens one.
 * A reworked change's earlier versions live in {@code <change>@<tag>.sql}.
 */
final class Sqitch implements MigrationFormat {
  static final Format FORMAT = Format.SQITCH;
  static final String TX_REASON =
      "sqitch runs the script through psql without a transaction of its own; only its BEGIN ... COMMIT opens one";

  @Override
  public Format kind() {
    return FORMAT;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.AUTOCOMMIT, TX_REASON);
  }

  /** Each {@code sqitch.plan}, and every file under the {@code deploy/}, {@code revert/} and {@code verify/} beside it. */
  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    List<Path> tops = new ArrayList<>();
    for (Entry e : pool) {
      if (e.name().equals("sqitch.plan")) {
        tops.add(e.path().toAbsolutePath().normalize().getParent());
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Entry e : pool) {
      Path p = e.path().toAbsolutePath().normalize();
      boolean mine = e.name().equals("sqitch.plan");
      for (Path top : tops) {
        mine |= p.startsWith(top.resolve("verify")) || p.startsWith(top.resolve("deploy"))
            || p.startsWith(top.resolve("revert"));
      }
      if (mine) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public String noMigration(Entry e) {
    Path p = e.path().toAbsolutePath().normalize();
    if (e.name().equals("sqitch.plan") || (p.getParent() != null && p.getParent().getFileName() != null
        && p.getParent().getFileName().toString().equals("verify"))) {
      return null; // the plan and the verify scripts are sqitch's, not migrations
    }
    return "not in sqitch.plan: sqitch never deploys or reverts it";
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    Map<Path, Entry> byPath = new java.util.LinkedHashMap<>();
    for (Entry e : mine) {
      byPath.put(e.path().toAbsolutePath().normalize(), e);
    }
    List<Migration> out = new ArrayList<>();
    for (Entry e : mine) {
      if (e.name().equals("sqitch.plan")) {
        out.addAll(read(e, byPath, r.parser()));
      }
    }
    return out;
  }

  /** A planned change: its name and the tag that follows it (for reworked changes), or null. */
  record Change(String name, String tag, int line) {}

  static List<Change> plan(String text) {
    List<String[]> raw = new ArrayList<>();
    String[] lines = text.split("\\r?\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("%")) {
        continue;
      }
      String first = l.split("\\s+", 2)[0];
      raw.add(new String[] {first, String.valueOf(i + 1)});
    }
    // a change listed again later is reworked: its earlier versions are name@<first tag after it>
    Map<String, Integer> last = new HashMap<>();
    for (int i = 0; i < raw.size(); i++) {
      if (!raw.get(i)[0].startsWith("@")) {
        last.put(raw.get(i)[0], i);
      }
    }
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String name = raw.get(i)[0];
      if (name.startsWith("@")) {
        continue;
      }
      String tag = null;
      if (last.get(name) != i) {
        for (int j = i + 1; j < raw.size(); j++) {
          if (raw.get(j)[0].startsWith("@")) {
            tag = raw.get(j)[0];
            break;
          }
        }
      }
      out.add(new Change(name, tag, Integer.parseInt(raw.get(i)[1])));
    }
    return out;
  }

  /**
   * Reads the changes of the plan in {@code planEntry}, taking their scripts from {@code byPath}
   * (absolute normalized path to entry).
   */
  static List<Migration> read(Entry planEntry, Map<Path, Entry> byPath,
      java.util.function.Function<dev.godwit.model.SourceFile, ScriptBuilder.Parsed> parser) {
    Path top = planEntry.path().toAbsolutePath().normalize().getParent();
    List<Migration> out = new ArrayList<>();
    for (Change c : plan(planEntry.text())) {
      String file = c.name() + (c.tag() == null ? "" : c.tag()) + ".sql";
      Entry deploy = byPath.get(top.resolve("deploy").resolve(file).normalize());
      Entry revert = byPath.get(top.resolve("revert").resolve(file).normalize());
      if (deploy == null && revert == null) {
        continue;
      }
      List<Script> up = new ArrayList<>();
      List<Script> down = new ArrayList<>();
      if (deploy != null) {
        up.add(script(deploy, Direction.UP, parser));
      }
      if (revert != null) {
        down.add(script(revert, Direction.DOWN, parser));
      }
      out.add(new Migration(FORMAT, c.name() + (c.tag() == null ? "" : c.tag()), c.name(), 0, up, down));
    }
    return out;
  }

  private static Script script(Entry e, Direction dir,
      java.util.function.Function<dev.godwit.model.SourceFile, ScriptBuilder.Parsed> parser) {
    var parsed = parser.apply(e.file());
    return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.AUTOCOMMIT, TX_REASON);
  }
}
