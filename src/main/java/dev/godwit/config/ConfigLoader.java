package dev.godwit.config;

import dev.godwit.model.Format;

import dev.godwit.engine.LintSettings;
import dev.godwit.rule.IdempotencyPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads and validates a {@code .godwit.yml}. Uses SnakeYAML Engine's node API (YAML 1.2, no object
 * construction, so nothing in the file can instantiate a class) to keep the line of every value for
 * error messages. Only {@link ConfigFiles} decides whether a file exists; this class, and with it the
 * YAML library, is loaded only when one does.
 */
final class ConfigLoader {
  private final String display;
  private final Path file;
  private final Map<String, String> ruleIds;

  /**
   * @param display the file's name in messages
   * @param ruleIds every rule id and alias, to the canonical id
   */
  private ConfigLoader(Path file, String display, Map<String, String> ruleIds) {
    this.file = file.toAbsolutePath().normalize();
    this.display = display;
    this.ruleIds = ruleIds;
  }

  static GodwitConfig load(Path file, String display, Map<String, String> ruleIds) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(display, 0, 0, "cannot read the configuration: " + e.getMessage());
    }
    return new ConfigLoader(file, display, ruleIds).parse(text);
  }

  static GodwitConfig parse(String text, Path file, String display, Map<String, String> ruleIds) {
    return new ConfigLoader(file, display, ruleIds).parse(text);
  }

  private GodwitConfig parse(String text) {
    LoadSettings settings = LoadSettings.builder().setLabel(display).setAllowDuplicateKeys(false)
        .setMaxAliasesForCollections(20).setCodePointLimit(1 << 20).build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
      throw new ConfigException(display, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
          "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new ConfigException(display, 0, 0, "not valid YAML: " + e.getMessage());
    }
    Integer pg = null;
    List<GodwitConfig.MigrationDir> migrations = new ArrayList<>();
    Map<String, String> rules = new LinkedHashMap<>();
    List<String> immutable = new ArrayList<>();
    List<String> large = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    Boolean requireDowngrade = null;
    GodwitConfig.Histories histories = GodwitConfig.Histories.SEPARATE;
    IdempotencyPolicy idempotency = null;
    if (root.isEmpty() || isNull(root.get())) {
      return new GodwitConfig(file, null, migrations, rules, immutable, large, exclude, null);
    }
    MappingNode top = mapping(root.get(), "the configuration");
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : top.getValue()) {
      String key = key(t.getKeyNode(), seen, GodwitConfig.KEYS, "key");
      Node v = t.getValueNode();
      switch (key) {
        case "postgres-version" -> pg = pgVersion(v);
        case "migrations" -> migrations.addAll(migrations(v));
        case "rules" -> rules.putAll(rules(v));
        case "immutable-tables" -> immutable.addAll(strings(v, key));
        case "large-tables" -> large.addAll(strings(v, key));
        case "exclude" -> exclude.addAll(strings(v, key));
        case "require-downgrade" -> requireDowngrade = bool(v, key);
        case "histories" -> histories = histories(v);
        case "idempotency" -> idempotency = idempotency(v);
        default -> throw new IllegalStateException(key);
      }
    }
    return new GodwitConfig(file, pg, migrations, rules, immutable, large, exclude, requireDowngrade, histories,
        idempotency);
  }

  private IdempotencyPolicy idempotency(Node v) {
    String s = v instanceof ScalarNode n && n.getTag().equals(Tag.BOOL)
        ? (n.getValue().equalsIgnoreCase("false") ? "off" : n.getValue()) : scalar(v, "idempotency");
    IdempotencyPolicy p = IdempotencyPolicy.parse(s);
    if (p == null) {
      throw error(v, "idempotency: \"" + s + "\" is not a policy" + suggest(s, IdempotencyPolicy.IDS)
          + "; valid values: " + String.join(", ", IdempotencyPolicy.IDS));
    }
    return p;
  }

  private Integer pgVersion(Node v) {
    String s = scalar(v, "postgres-version");
    String range = LintSettings.OLDEST_PG + " to " + LintSettings.NEWEST_PG;
    if (!s.matches("\\d{1,3}")) {
      throw error(v, "postgres-version must be a major version number (" + range + "), not \"" + s + "\"");
    }
    int n = Integer.parseInt(s);
    if (n < LintSettings.OLDEST_PG || n > LintSettings.NEWEST_PG) {
      throw error(v, "postgres-version " + n + " is not supported; valid versions: " + range);
    }
    return n;
  }

  private List<GodwitConfig.MigrationDir> migrations(Node v) {
    List<GodwitConfig.MigrationDir> out = new ArrayList<>();
    if (isNull(v)) {
      return out;
    }
    if (!(v instanceof SequenceNode seq)) {
      throw error(v, "migrations must be a list of entries such as \"- path: db/migration\"");
    }
    for (Node item : seq.getValue()) {
      MappingNode m = mapping(item, "a migrations entry (\"- path: db/migration\")");
      String path = null;
      String format = null;
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : m.getValue()) {
        String key = key(t.getKeyNode(), seen, List.of("path", "format"), "key in a migrations entry");
        String value = scalar(t.getValueNode(), "migrations." + key);
        if (key.equals("path")) {
          if (value.isBlank()) {
            throw error(t.getValueNode(), "migrations.path must not be empty");
          }
          Path dir = file.getParent().resolve(value).normalize();
          if (!Files.exists(dir)) {
            throw error(t.getValueNode(), "migrations.path " + value + " does not exist (paths are relative to "
                + display + ")");
          }
          path = value;
        } else {
          String f = value.toLowerCase(Locale.ROOT);
          if (!GodwitConfig.FORMATS.contains(f)) {
            throw error(t.getValueNode(), "unknown migration format \"" + value + "\"" + suggest(f, GodwitConfig.FORMATS)
                + "; valid formats: " + String.join(", ", GodwitConfig.FORMATS));
          }
          format = f;
        }
      }
      if (path == null) {
        throw error(item, "a migrations entry needs a path, e.g. \"- path: db/migration\"");
      }
      out.add(new GodwitConfig.MigrationDir(file.getParent().resolve(path).normalize(), Format.of(format), line(item)));
    }
    return out;
  }

  /** {@code histories: separate | joined}, or a list of groups of folders, each a list or a single path. */
  private GodwitConfig.Histories histories(Node v) {
    String usage = "histories must be separate, joined, or a list of folder groups such as \"- [db/core, db/billing]\"";
    if (v instanceof ScalarNode s && !isNull(v)) {
      String mode = s.getValue().strip().toLowerCase(Locale.ROOT);
      if (mode.equals("separate")) {
        return GodwitConfig.Histories.SEPARATE;
      }
      if (mode.equals("joined")) {
        return GodwitConfig.Histories.JOINED;
      }
      throw error(v, "histories: \"" + s.getValue() + "\" is not valid" + suggest(mode, List.of("separate", "joined"))
          + "; valid values: separate, joined, or a list of folder groups");
    }
    if (!(v instanceof SequenceNode seq)) {
      throw error(v, usage);
    }
    List<List<Path>> groups = new ArrayList<>();
    Map<Path, Integer> seenAt = new java.util.HashMap<>();
    for (Node item : seq.getValue()) {
      List<Node> members = item instanceof SequenceNode group ? group.getValue() : List.of(item);
      if (members.isEmpty()) {
        throw error(item, "a histories group is empty; list its folders, e.g. \"- [db/core, db/billing]\"");
      }
      List<Path> group = new ArrayList<>();
      for (Node member : members) {
        String value = scalar(member, "a folder of a histories group");
        if (value.isBlank()) {
          throw error(member, "a folder of a histories group is empty");
        }
        Path dir = file.getParent().resolve(value).normalize();
        if (!Files.exists(dir)) {
          throw error(member, "histories: " + value + " does not exist (paths are relative to " + display + ")");
        }
        Integer other = seenAt.putIfAbsent(dir, line(member));
        if (other != null) {
          throw error(member, "histories: " + value + " is already in a group (line " + other
              + "); a folder belongs to one history");
        }
        group.add(dir);
      }
      groups.add(group);
    }
    return new GodwitConfig.Histories(false, groups);
  }

  private Map<String, String> rules(Node v) {
    Map<String, String> out = new LinkedHashMap<>();
    if (isNull(v)) {
      return out;
    }
    MappingNode m = mapping(v, "rules (\"rule-id: error | warning | note | off\")");
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : m.getValue()) {
      String id = scalar(t.getKeyNode(), "a rule id");
      if (!seen.add(id)) {
        throw error(t.getKeyNode(), "rule " + id + " is configured twice");
      }
      String canonical = ruleIds.get(id);
      if (canonical == null) {
        throw error(t.getKeyNode(), "unknown rule \"" + id + "\"" + suggest(id, ruleIds.keySet())
            + "; `godwit rules` lists the valid ids");
      }
      Node value = t.getValueNode();
      String level = value instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)
          ? (s.getValue().equalsIgnoreCase("false") ? "off" : s.getValue())
          : scalar(value, "rules." + id).toLowerCase(Locale.ROOT);
      if (!GodwitConfig.LEVELS.contains(level)) {
        throw error(value, "rules." + id + ": \"" + level + "\" is not a level; valid levels: "
            + String.join(", ", GodwitConfig.LEVELS));
      }
      out.put(canonical, level);
    }
    return out;
  }

  private List<String> strings(Node v, String key) {
    List<String> out = new ArrayList<>();
    if (isNull(v)) {
      return out;
    }
    if (!(v instanceof SequenceNode seq)) {
      throw error(v, key + " must be a list, e.g. " + key + ": [a, b]");
    }
    for (Node item : seq.getValue()) {
      String s = scalar(item, "an entry of " + key);
      if (s.isBlank()) {
        throw error(item, "an entry of " + key + " is empty");
      }
      out.add(s);
    }
    return out;
  }

  private Boolean bool(Node v, String key) {
    if (v instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
      return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
    }
    throw error(v, key + " must be true or false");
  }

  private String key(Node k, Set<String> seen, List<String> valid, String what) {
    String key = scalar(k, what);
    if (!valid.contains(key)) {
      throw error(k, "unknown " + what + " \"" + key + "\"" + suggest(key, valid) + "; valid keys: "
          + String.join(", ", valid));
    }
    if (!seen.add(key)) {
      throw error(k, "\"" + key + "\" appears twice");
    }
    return key;
  }

  private MappingNode mapping(Node n, String what) {
    if (n instanceof MappingNode m) {
      return m;
    }
    throw error(n, what + " must be a mapping of \"key: value\" lines");
  }

  private String scalar(Node n, String what) {
    if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      return s.getValue();
    }
    throw error(n, what + (isNull(n) ? " has no value" : " must be a single value, not a list or mapping"));
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  private static int line(Node n) {
    return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  private ConfigException error(Node n, String message) {
    int column = n.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    return new ConfigException(display, line(n), column, message);
  }

  /** " (did you mean x?)" for the closest valid choice within a small edit distance, else "". */
  static String suggest(String given, Iterable<String> valid) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String v : valid) {
      int d = distance(given.toLowerCase(Locale.ROOT), v);
      if (d < bestDistance) {
        best = v;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 4) ? " (did you mean " + best + "?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
