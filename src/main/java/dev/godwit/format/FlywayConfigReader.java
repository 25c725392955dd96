package dev.godwit.format;

import dev.godwit.model.FlywayConfig;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Finds and reads Flyway's own configuration for a migration folder: from the folder up to the repository
 * root (the folder holding {@code .git}), the nearest folder that has any of {@code conf/flyway.conf},
 * {@code flyway.conf}, {@code flyway.toml}, a {@code pom.xml} with the {@code flyway-maven-plugin}, or a Spring
 * Boot {@code src/main/resources/application.properties} / {@code application.yml} / {@code application.yaml}
 * that sets {@code spring.flyway.*}. All of that folder's files are read, in that order, later ones winning.
 * Profile files ({@code application-prod.yml}) and YAML documents activated by a profile are not defaults and are
 * not read; nor are TOML {@code [environments.*]} tables (connections). Files are read, never run: no property
 * or environment interpolation.
 */
final class FlywayConfigReader {
  private static final long MAX_BYTES = 2L << 20;
  private static final String[] SPRING_FILES = {"application.properties", "application.yml", "application.yaml"};

  private final Function<Path, String> display;
  private final Map<Path, FlywayConfig> byDir = new ConcurrentHashMap<>();

  /** @param display turns a path into the display path findings use */
  FlywayConfigReader(Function<Path, String> display) {
    this.display = display;
  }

  /** The configuration in force for the migrations in {@code dir}; {@link FlywayConfig#DEFAULTS} when none. */
  FlywayConfig forDir(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    FlywayConfig known = byDir.get(abs);
    if (known != null) {
      return known;
    }
    FlywayConfig found = read(abs);
    if (found == null) {
      Path parent = abs.getParent();
      found = Files.exists(abs.resolve(".git")) || parent == null ? FlywayConfig.DEFAULTS : forDir(parent);
    }
    byDir.put(abs, found);
    return found;
  }

  /** Every configuration found so far (not the defaults). */
  List<FlywayConfig> found() {
    Map<String, FlywayConfig> out = new LinkedHashMap<>();
    for (FlywayConfig c : byDir.values()) {
      if (c.configured()) {
        out.put(c.dir(), c);
      }
    }
    List<FlywayConfig> list = new ArrayList<>(out.values());
    list.sort(java.util.Comparator.comparing(FlywayConfig::dir));
    return list;
  }

  /** The configuration that {@code dir} itself holds, or null. */
  private FlywayConfig read(Path dir) {
    Settings s = new Settings();
    readProperties(dir.resolve("conf/flyway.conf"), "flyway.", s);
    readProperties(dir.resolve("flyway.conf"), "flyway.", s);
    readToml(dir.resolve("flyway.toml"), s);
    readPom(dir.resolve("pom.xml"), s);
    Path resources = dir.resolve("src/main/resources");
    for (String name : SPRING_FILES) {
      Path f = resources.resolve(name);
      if (name.endsWith(".properties")) {
        readProperties(f, "spring.flyway.", s);
      } else {
        readYaml(f, s);
      }
    }
    return s.files.isEmpty() ? null : s.build(dirDisplay(dir), dir, display);
  }

  /** A folder's display path, "" for the working directory itself (the display of a file in it, less the name). */
  private String dirDisplay(Path dir) {
    String child = display.apply(dir.resolve("flyway.conf"));
    return child.endsWith("/flyway.conf") ? child.substring(0, child.length() - "/flyway.conf".length()) : "";
  }

  /** Values read so far, by normalized key (see {@link #normalize}), with the file each came from. */
  private static final class Settings {
    final List<String> files = new ArrayList<>();
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, String> from = new LinkedHashMap<>();
    final Map<String, String> placeholders = new LinkedHashMap<>();
    final List<String> initSql = new ArrayList<>();
    String initSqlFile;
    String file;

    void put(String rawKey, String value) {
      if (value == null) {
        return;
      }
      String key = normalize(rawKey);
      if (key.startsWith("placeholders.")) {
        placeholders.put(key.substring("placeholders.".length()), value);
      } else if (key.equals("initsql") || key.equals("initsqls")) {
        initSql.clear();
        initSql.add(value);
        initSqlFile = file;
      } else {
        values.put(key, value);
        from.put(key, file);
      }
      if (!files.contains(file)) {
        files.add(file);
      }
    }

    void putInitSqls(List<String> sqls) {
      initSql.clear();
      initSql.addAll(sqls);
      initSqlFile = file;
      if (!files.contains(file)) {
        files.add(file);
      }
    }

    FlywayConfig build(String dirDisplay, Path dir, Function<Path, String> display) {
      List<String> locations = list(values.getOrDefault("locations", "classpath:db/migration"));
      List<String> locationDirs = new ArrayList<>();
      for (String loc : locations) {
        // Spring Boot replaces {vendor} by the database's: postgresql for the servers Godwit checks
        String l = loc.strip().replace("{vendor}", "postgresql");
        if (l.startsWith("filesystem:")) {
          locationDirs.add(display.apply(dir.resolve(l.substring("filesystem:".length()))));
        } else {
          String cp = l.startsWith("classpath:") ? l.substring("classpath:".length()) : l;
          cp = cp.startsWith("/") ? cp.substring(1) : cp;
          locationDirs.add(display.apply(dir.resolve("src/main/resources").resolve(cp)));
          locationDirs.add(display.apply(dir.resolve("src/main/java").resolve(cp)));
        }
      }
      List<Statement> init = new ArrayList<>();
      for (String sql : initSql) {
        init.addAll(ScriptBuilder.parseText(sql, OffsetMap.clamp(new Span(0, 0))).statements());
      }
      String lock = values.get("postgresql.transactional.lock");
      return new FlywayConfig(dirDisplay, files, locations, locationDirs, placeholders,
          !"false".equalsIgnoreCase(values.getOrDefault("placeholderreplacement", "true").strip()),
          values.getOrDefault("sqlmigrationprefix", "V"), values.getOrDefault("undosqlmigrationprefix", "U"),
          values.getOrDefault("repeatablesqlmigrationprefix", "R"),
          values.getOrDefault("sqlmigrationseparator", "__"), list(values.getOrDefault("sqlmigrationsuffixes", ".sql")),
          bool(values.get("mixed")), bool(values.get("group")), bool(values.get("outoforder")), init, initSqlFile,
          lock == null ? null : bool(lock), lock == null ? null : from.get("postgresql.transactional.lock"));
    }

    private static boolean bool(String v) {
      return v != null && v.strip().equalsIgnoreCase("true");
    }

    private static List<String> list(String v) {
      List<String> out = new ArrayList<>();
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }
  }

  /**
   * A key as Flyway and Spring's relaxed binding mean it: without its {@code flyway.} or {@code spring.flyway.}
   * prefix, lower case, without dashes ({@code sql-migration-prefix} = {@code sqlMigrationPrefix}); the
   * PostgreSQL lock under one name whatever its spelling; a placeholder's own name kept as written.
   */
  static String normalize(String key) {
    String k = key.strip();
    for (String prefix : new String[] {"spring.flyway.", "flyway."}) {
      if (k.regionMatches(true, 0, prefix, 0, prefix.length())) {
        k = k.substring(prefix.length());
        break;
      }
    }
    if (k.regionMatches(true, 0, "placeholders.", 0, "placeholders.".length())) {
      return "placeholders." + k.substring("placeholders.".length());
    }
    String n = k.toLowerCase(Locale.ROOT).replace("-", "");
    if (n.equals("postgresql.transactionallock") || n.equals("postgresqltransactionallock")
        || n.equals("plugins.postgresql.transactional.lock") || n.equals("postgresql.transactional.lock")) {
      return "postgresql.transactional.lock";
    }
    return n;
  }

  private static String text(Path f) {
    try {
      if (!Files.isRegularFile(f) || Files.size(f) > MAX_BYTES) {
        return null;
      }
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null; // an unreadable file configures nothing
    }
  }

  private void readProperties(Path f, String prefix, Settings s) {
    String text = text(f);
    if (text == null) {
      return;
    }
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      return;
    }
    s.file = display.apply(f);
    List<String> initSqls = new ArrayList<>();
    for (String key : p.stringPropertyNames().stream().sorted().toList()) {
      if (!key.regionMatches(true, 0, prefix, 0, prefix.length())) {
        continue;
      }
      String n = normalize(key);
      if (n.startsWith("initsqls[")) {
        initSqls.add(p.getProperty(key)); // Spring's indexed list: spring.flyway.init-sqls[0]=...
      } else {
        s.put(key, p.getProperty(key));
      }
    }
    if (!initSqls.isEmpty()) {
      s.putInitSqls(initSqls);
    }
  }

  private void readYaml(Path f, Settings s) {
    String text = text(f);
    if (text == null || !text.contains("flyway")) {
      return;
    }
    Iterable<Object> docs;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(f.getFileName().toString()).setAllowDuplicateKeys(true)
          .setMaxAliasesForCollections(50).build();
      List<Object> all = new ArrayList<>();
      for (Object d : new Load(settings).loadAllFromString(text)) {
        all.add(d);
      }
      docs = all;
    } catch (RuntimeException e) {
      return; // not YAML Godwit can read: Spring would refuse it too
    }
    for (Object doc : docs) {
      Map<String, Object> flat = new LinkedHashMap<>();
      flatten("", doc, flat);
      if (flat.keySet().stream().anyMatch(k -> k.startsWith("spring.config.activate.on-profile")
          || k.startsWith("spring.profiles") && !k.startsWith("spring.profiles.active")
              && !k.startsWith("spring.profiles.include") && !k.startsWith("spring.profiles.group"))) {
        continue; // a profile's document: not the defaults
      }
      s.file = display.apply(f);
      for (Map.Entry<String, Object> e : flat.entrySet()) {
        if (!e.getKey().regionMatches(true, 0, "spring.flyway.", 0, "spring.flyway.".length())) {
          continue;
        }
        Object v = e.getValue();
        String n = normalize(e.getKey());
        if ((n.equals("initsqls") || n.equals("initsql")) && v instanceof List<?> l) {
          List<String> sqls = new ArrayList<>();
          for (Object o : l) {
            sqls.add(String.valueOf(o));
          }
          s.putInitSqls(sqls);
        } else if (v instanceof List<?> l) {
          StringBuilder joined = new StringBuilder();
          for (Object o : l) {
            joined.append(joined.length() == 0 ? "" : ",").append(o);
          }
          s.put(e.getKey(), joined.toString());
        } else if (v != null) {
          s.put(e.getKey(), String.valueOf(v));
        }
      }
    }
  }

  /** Dotted keys to scalar or list values (Spring reads {@code a: {b: 1}} and {@code a.b: 1} alike). */
  private static void flatten(String prefix, Object node, Map<String, Object> out) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = String.valueOf(e.getKey());
        flatten(prefix.isEmpty() ? k : prefix + "." + k, e.getValue(), out);
      }
    } else if (!prefix.isEmpty()) {
      out.put(prefix, node);
    }
  }

  private void readToml(Path f, Settings s) {
    String text = text(f);
    if (text == null) {
      return;
    }
    s.file = display.apply(f);
    boolean any = false;
    String table = "";
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripTomlComment(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[")) {
        table = line.replaceAll("^\\[+|\\]+$", "").strip().replace("\"", "");
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0 || !(table.equals("flyway") || table.startsWith("flyway."))) {
        continue;
      }
      String key = table + "." + line.substring(0, eq).strip().replace("\"", "");
      String value = line.substring(eq + 1).strip();
      if (value.startsWith("[")) {
        StringBuilder arr = new StringBuilder(value);
        while (!closes(arr) && i + 1 < lines.length) {
          arr.append(' ').append(stripTomlComment(lines[++i]).strip());
        }
        List<String> items = tomlArray(arr.toString());
        if (normalize(key).equals("initsql") || normalize(key).equals("initsqls")) {
          s.putInitSqls(items);
        } else {
          s.put(key, String.join(",", items));
        }
      } else {
        s.put(key, tomlScalar(value));
      }
      any = true;
    }
    if (!any) {
      s.files.remove(s.file);
    }
  }

  private static boolean closes(CharSequence arr) {
    String t = arr.toString().strip();
    return t.endsWith("]");
  }

  private static String stripTomlComment(String line) {
    boolean dq = false;
    boolean sq = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && !sq && (i == 0 || line.charAt(i - 1) != '\\')) {
        dq = !dq;
      } else if (c == '\'' && !dq) {
        sq = !sq;
      } else if (c == '#' && !dq && !sq) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static String tomlScalar(String v) {
    String t = v.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      String inner = t.substring(1, t.length() - 1);
      return t.startsWith("\"") ? inner.replace("\\\"", "\"").replace("\\\\", "\\") : inner;
    }
    return t;
  }

  private static List<String> tomlArray(String v) {
    List<String> out = new ArrayList<>();
    String t = v.strip();
    t = t.substring(1, t.lastIndexOf(']'));
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (quote != 0) {
        if (c == quote && (quote == '\'' || t.charAt(i - 1) != '\\')) {
          quote = 0;
        }
        cur.append(c);
      } else if (c == '"' || c == '\'') {
        quote = c;
        cur.append(c);
      } else if (c == ',') {
        if (!cur.toString().isBlank()) {
          out.add(tomlScalar(cur.toString()));
        }
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(tomlScalar(cur.toString()));
    }
    return out;
  }

  private void readPom(Path f, Settings s) {
    String text = text(f);
    if (text == null || !text.contains("flyway-maven-plugin")) {
      return;
    }
    MiniXml.Element root = MiniXml.parse(text);
    if (root == null) {
      return;
    }
    List<MiniXml.Element> plugins = new ArrayList<>();
    collect(root, "plugin", plugins);
    for (MiniXml.Element plugin : plugins) {
      MiniXml.Element artifact = plugin.child("artifactId");
      MiniXml.Element conf = plugin.child("configuration");
      if (artifact == null || conf == null || !artifact.text().strip().equals("flyway-maven-plugin")) {
        continue;
      }
      s.file = display.apply(f);
      if (!s.files.contains(s.file)) {
        s.files.add(s.file);
      }
      for (MiniXml.Element e : conf.children()) {
        String name = e.local();
        if (name.equals("placeholders")) {
          for (MiniXml.Element p : e.children()) {
            s.put("placeholders." + p.local(), p.text().strip());
          }
        } else if (name.equals("pluginConfiguration")) {
          for (MiniXml.Element p : e.children()) {
            s.put(p.local(), p.text().strip()); // <postgresqlTransactionalLock>false</postgresqlTransactionalLock>
          }
        } else if (!e.children().isEmpty()) {
          List<String> items = new ArrayList<>();
          for (MiniXml.Element item : e.children()) {
            items.add(item.text().strip());
          }
          s.put(name, String.join(",", items)); // <locations><location>..</location></locations>
        } else {
          s.put(name, e.text().strip());
        }
      }
    }
  }

  private static void collect(MiniXml.Element e, String local, List<MiniXml.Element> out) {
    if (e.local().equals(local)) {
      out.add(e);
    }
    for (MiniXml.Element c : e.children()) {
      collect(c, local, out);
    }
  }
}
