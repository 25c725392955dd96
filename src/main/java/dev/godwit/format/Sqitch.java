package dev.godwit.format;

import dev.godwit.model.Direction;
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
final class Sqitch {
  static final String FORMAT = "sqitch";
  static final String TX_REASON =
      "sqitch runs the script through psql without a transaction of its own; only its BEGIN ... COMMIT opens one";

  private Sqitch() {}

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
   * (absolute normalized path to entry). Entries used are removed from {@code byPath}'s caller view
   * through {@code claimed}.
   */
  static List<Migration> read(Entry planEntry, Map<Path, Entry> byPath, List<Path> claimed,
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
        claimed.add(deploy.path());
        up.add(script(deploy, Direction.UP, parser));
      }
      if (revert != null) {
        claimed.add(revert.path());
        down.add(script(revert, Direction.DOWN, parser));
      }
      out.add(new Migration(FORMAT, c.name() + (c.tag() == null ? "" : c.tag()), c.name(), 0, up, down));
    }
    // scripts not in the plan are not deployed by sqitch, but verify/ scripts are sqitch's too
    for (Path p : byPath.keySet()) {
      if (p.startsWith(top.resolve("verify")) || p.startsWith(top.resolve("deploy")) || p.startsWith(top.resolve("revert"))) {
        claimed.add(p);
      }
    }
    return out;
  }

  private static Script script(Entry e, Direction dir,
      java.util.function.Function<dev.godwit.model.SourceFile, ScriptBuilder.Parsed> parser) {
    var parsed = parser.apply(e.file());
    return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.AUTOCOMMIT, TX_REASON);
  }
}
