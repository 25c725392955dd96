package dev.godwit.format;

import dev.godwit.format.host.FlywayJava;
import dev.godwit.model.Direction;
import dev.godwit.model.FlywayTransactions;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway: versioned {@code V<version>__<description>.sql}, undo {@code U...} and repeatable
 * {@code R__<description>.sql} scripts, and Java migrations ({@link FlywayJava}) that share the version
 * sequence of the SQL scripts in their location. Versioned migrations run in version order, then the
 * repeatables by description. Flyway runs each migration in a transaction, unless its {@code .conf} file sets
 * {@code executeInTransaction=false} or it holds a statement PostgreSQL cannot run in one
 * ({@link FlywayTransactions}).
 */
final class Flyway implements MigrationFormat {
  static final Pattern NAME = Pattern.compile("^([VUR])(\\d[0-9._]*)?__(.*)\\.sql$");
  static final String TX_REASON = "Flyway runs each migration in a transaction";

  @Override
  public Format kind() {
    return Format.FLYWAY;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.WRAPPED, TX_REASON);
  }

  /** Whether the user's forced format leaves a {@code .sql} file to be found by its name. */
  static boolean byName(Format forced) {
    return forced == null || forced == Format.FLYWAY || forced == Format.GOLANG_MIGRATE;
  }

  static boolean named(Entry e) {
    return named(e.name());
  }

  /** Whether a name (as Flyway's defaults spell it: see {@link FlywayNames#canonical}) is a migration's. */
  static boolean named(String name) {
    Matcher fw = NAME.matcher(name);
    return fw.matches() && (fw.group(1).equals("R") ? fw.group(2) == null : fw.group(2) != null);
  }

  /** The file's name as Flyway's defaults would spell it under the configured prefixes and separator. */
  private static String canonical(Entry e, Reading r) {
    return FlywayNames.canonical(e.file().name(), r.flywayConfig(e));
  }

  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : pool) {
      if (Reading.isSql(e) ? byName(r.forced(e)) && named(canonical(e, r))
          : Reading.hasExtension(e, ".java") && (FlywayJava.detect(e, r.javaSources())
              || FlywayJava.misnamed(e, r.javaSources()))) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public String noMigration(Entry e) {
    if (e.name().endsWith(".java") && !FlywayJava.NAME.matcher(e.name()).matches()) {
      return FlywayJava.MISNAMED + ": its name is not V<version>__<Description> (or U, R)";
    }
    return e.name().startsWith("R") ? "a repeatable Java migration: Godwit does not read those" : null;
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    Map<String, List<Entry>> flywayV = new LinkedHashMap<>();
    Map<String, List<Entry>> flywayU = new LinkedHashMap<>();
    List<Entry> repeatable = new ArrayList<>();
    List<Entry> javaV = new ArrayList<>();
    for (Entry e : mine) {
      if (!Reading.isSql(e)) {
        javaV.add(e);
        continue;
      }
      Matcher fw = NAME.matcher(canonical(e, r));
      fw.matches();
      if (fw.group(1).equals("R")) {
        repeatable.add(e);
      } else {
        String v = Versions.normalize(fw.group(2));
        (fw.group(1).equals("V") ? flywayV : flywayU).computeIfAbsent(
            FlywayNames.space(e, r.flywayConfig(e), r::display) + "\u0000" + v, k -> new ArrayList<>()).add(e);
      }
    }
    // Flyway Java classes share the version sequence of Flyway SQL scripts
    for (Entry e : javaV) {
      Matcher jm = FlywayJava.NAME.matcher(e.name());
      if (jm.matches() && !jm.group(1).equals("R")) {
        (jm.group(1).equals("V") ? flywayV : flywayU).computeIfAbsent(
            FlywayNames.space(e, r.flywayConfig(e), r::display) + "\u0000" + Versions.normalize(jm.group(2)),
            k -> new ArrayList<>()).add(e);
      }
    }
    if (!flywayU.isEmpty()) {
      r.markUndo();
    }
    List<Migration> out = new ArrayList<>();
    // versioned in version order, then repeatables by description
    List<String> versions = new ArrayList<>(flywayV.keySet());
    for (String v : flywayU.keySet()) {
      if (!flywayV.containsKey(v)) {
        versions.add(v);
      }
    }
    versions.sort(Flyway::byFolderAndVersion);
    for (String key : versions) {
      String v = key.substring(key.indexOf('\u0000') + 1);
      List<Script> up = new ArrayList<>();
      for (Entry e : flywayV.getOrDefault(key, List.of())) {
        up.addAll(Reading.isSql(e) ? List.of(script(e, Direction.UP, r)) : FlywayJava.read(e, Direction.UP, r.javaSources()));
      }
      List<Script> down = new ArrayList<>();
      for (Entry e : flywayU.getOrDefault(key, List.of())) {
        down.addAll(Reading.isSql(e) ? List.of(script(e, Direction.DOWN, r)) : FlywayJava.read(e, Direction.DOWN, r.javaSources()));
      }
      Entry first = !flywayV.getOrDefault(key, List.of()).isEmpty() ? flywayV.get(key).get(0) : flywayU.get(key).get(0);
      Matcher mj = FlywayJava.NAME.matcher(first.file().name());
      boolean java = mj.matches();
      String description = java ? mj.group(3).replace('_', ' ')
          : FlywayNames.description(first.file().name(), r.flywayConfig(first));
      out.add(new Migration(java ? Format.FLYWAY_JAVA : Format.FLYWAY, v, description, 0, up, down));
    }
    repeatable.sort(Comparator.comparing(e -> e.file().name()));
    for (Entry e : repeatable) {
      out.add(new Migration(Format.FLYWAY, null, FlywayNames.description(e.file().name(), r.flywayConfig(e)), 0,
          List.of(script(e, Direction.REPEATABLE, r)), List.of()));
    }
    return out;
  }

  /** Keys {@code folder NUL version}: by folder, then by version. */
  static int byFolderAndVersion(String a, String b) {
    String[] ka = a.split("\u0000");
    String[] kb = b.split("\u0000");
    int c = ka[0].compareTo(kb[0]);
    return c != 0 ? c : Versions.compare(ka[1], kb[1]);
  }

  /**
   * The Flyway location a script belongs to, which is one version space: the nearest folder named
   * {@code migration} or {@code migrations} above it (version sub-folders such as {@code 2.40/} belong to
   * it), with {@code src/main/java} and {@code src/main/resources} seen as one classpath; else its folder.
   */
  static String location(Entry e) {
    Path p = e.path().toAbsolutePath().normalize().getParent();
    for (Path q = p; q != null && q.getFileName() != null; q = q.getParent()) {
      String n = q.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (n.equals("migration") || n.equals("migrations")) {
        return q.toString().replace('\\', '/').replace("/src/main/java/", "/src/main/*/")
            .replace("/src/main/resources/", "/src/main/*/");
      }
    }
    return p == null ? "" : p.toString();
  }

  private static Script script(Entry e, Direction dir, Reading r) {
    // configured ${placeholder} values are substituted (mapped back to the file); others stay as written
    var config = r.flywayConfig(e);
    var substituted = config.placeholderReplacement()
        ? FlywayPlaceholders.substitute(e.file(), config.placeholders()) : null;
    var parsed = substituted != null ? substituted : r.parsed(e.file());
    Path conf = e.path().resolveSibling(e.path().getFileName() + ".conf");
    if (Files.isRegularFile(conf)) {
      Properties props = new Properties();
      try (var in = Files.newBufferedReader(conf)) {
        props.load(in);
        if ("false".equalsIgnoreCase(props.getProperty("executeInTransaction", "").trim())) {
          return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.AUTOCOMMIT,
              conf.getFileName() + " sets executeInTransaction=false");
        }
      } catch (IOException | IllegalArgumentException ignored) {
        // an unreadable .conf file changes nothing: Flyway's default applies
      }
    }
    Statement nonTx = FlywayTransactions.nonTransactional(parsed.statements(), r.options().pgVersion());
    if (nonTx != null) {
      return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.AUTOCOMMIT,
          "Flyway runs this migration outside a transaction because it contains \""
              + FlywayTransactions.describe(nonTx) + "\"");
    }
    return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.WRAPPED, TX_REASON);
  }
}
