package dev.godwit.format;

import dev.godwit.model.Direction;
import dev.godwit.model.FlywayTransactions;
import dev.godwit.model.FileProblem;
import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import dev.godwit.source.FileWalker;
import dev.godwit.source.LoadResult;
import dev.godwit.source.SourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the migrations under the given paths: finds files, recognises each file's migration format by
 * its name, groups up and down scripts into migrations, orders them by version and decides how each
 * script runs with respect to transactions.
 */
public final class ProjectReader {
  static final Pattern FLYWAY = Pattern.compile("^([VUR])(\\d[0-9._]*)?__(.*)\\.sql$");
  static final Pattern GOLANG_MIGRATE = Pattern.compile("^(\\d+)_(.*)\\.(up|down)\\.sql$");

  private final ReadOptions options;
  private final Path baseDir;
  /** Whole-file parses made by {@link #load} on several threads, until {@link #parsed} takes them. */
  private final Map<SourceFile, ScriptBuilder.Parsed> preparsed = new ConcurrentHashMap<>();

  /** @param baseDir display paths are relative to it (the working directory) */
  public ProjectReader(ReadOptions options, Path baseDir) {
    this.options = options;
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  /** Reads the files and directories named. */
  public Project read(List<Path> roots) {
    List<FileProblem> problems = new ArrayList<>();
    List<Migration> migrations = new ArrayList<>();
    boolean undo = false;
    for (Path root : roots) {
      List<FileWalker.Found> found = FileWalker.walk(root, FileWalker.MIGRATION_FILE);
      List<Path> files = new ArrayList<>();
      for (FileWalker.Found f : found) {
        if (f.problem() != null) {
          problems.add(new FileProblem(display(f.path()), f.problem()));
        } else {
          files.add(f.path());
        }
      }
      List<LoadResult> loaded = load(files);
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        LoadResult r = loaded.get(i);
        boolean named = files.get(i).equals(root);
        if (!r.ok()) {
          // only SQL files (and files named explicitly) are migrations for sure; a binary .xml is not ours
          if (named || isSql(files.get(i))) {
            problems.add(r.problem());
          }
        } else {
          entries.add(new Entry(files.get(i), r.file()));
        }
      }
      Grouped g = group(entries);
      preparsed.clear();
      undo |= g.undo;
      migrations.addAll(g.migrations);
    }
    problems.addAll(readerProblems);
    readerProblems.clear();
    List<Migration> ordered = new ArrayList<>();
    for (Migration m : migrations) {
      ordered.add(new Migration(m.format(), m.version(), m.description(), ordered.size(), m.up(), m.down(),
          m.autoDowngrade()));
    }
    return new Project(ordered, problems, undo);
  }

  /** Problems of files a format reader gave up on (a bug in Godwit, never the user's fault). */
  private final List<FileProblem> readerProblems = java.util.Collections.synchronizedList(new ArrayList<>());

  private List<Migration> safely(Entry e, java.util.function.Supplier<List<Migration>> reader) {
    try {
      return reader.get();
    } catch (RuntimeException | StackOverflowError ex) {
      readerProblems.add(new FileProblem(e.file().path(), "Godwit could not read this file as a migration ("
          + ex + "); please report it"));
      return List.of();
    }
  }

  private static boolean isSql(Path p) {
    return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
  }

  /** Reads one file's content from a stream, named as given. */
  public Project readStdin(InputStream in, String filename) {
    LoadResult r = SourceLoader.load(in, filename);
    if (!r.ok()) {
      return new Project(List.of(), List.of(r.problem()), false);
    }
    Grouped g = group(List.of(new Entry(Path.of(filename), r.file())));
    return new Project(g.migrations, List.of(), g.undo);
  }

  /**
   * Reads the files and, on {@code options.threads()} threads, splits and parses ahead each SQL file that
   * will be parsed whole (see {@link #parsesWhole}); {@link #group} takes those results through
   * {@link #parsed}. Results are in input order.
   */
  private List<LoadResult> load(List<Path> files) {
    int n = files.size();
    LoadResult[] out = new LoadResult[n];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
          Path p = files.get(i);
          LoadResult r = SourceLoader.load(p, display(p));
          if (r.ok() && parsesWhole(p, r.file())) {
            preparsed.put(r.file(), ScriptBuilder.parse(r.file(), ScriptBuilder.whole(r.file())));
          }
          out[i] = r;
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
    int helpers = Math.min(options.threads(), n) - 1;
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < helpers; t++) {
      Thread th = new Thread(null, worker, "godwit-reader-" + (t + 1), 16L << 20);
      th.setDaemon(true);
      th.start();
      started.add(th);
    }
    worker.run();
    for (Thread th : started) {
      try {
        th.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading files", e);
      }
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException re) {
      throw re;
    }
    if (f instanceof Error err) {
      throw err;
    }
    return List.of(out);
  }

  /**
   * True when the file is SQL that its format parses whole, as one script (plain, Flyway, golang-migrate,
   * numbered, sqitch); dbmate and Liquibase formatted SQL parse sections, other formats are not SQL.
   */
  private boolean parsesWhole(Path path, SourceFile file) {
    if (!isSql(path)) {
      return false;
    }
    String forced = options.sqlFormatOf(path);
    if (forced != null) {
      return !forced.equals("dbmate") && !forced.equals("liquibase-sql");
    }
    Entry e = new Entry(path, file);
    return !LiquibaseSql.detect(e) && !Dbmate.detect(e);
  }

  /** A file's whole-text parse: the one {@link #load} made ahead, else made now. */
  ScriptBuilder.Parsed parsed(SourceFile file) {
    ScriptBuilder.Parsed p = preparsed.remove(file);
    return p != null ? p : ScriptBuilder.parse(file, ScriptBuilder.whole(file));
  }

  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    String s = abs.startsWith(baseDir) ? baseDir.relativize(abs).toString() : p.normalize().toString();
    s = s.replace('\\', '/');
    return s.isEmpty() ? p.getFileName().toString() : s;
  }

  private record Grouped(List<Migration> migrations, boolean undo) {}

  private Grouped group(List<Entry> all) {
    List<Migration> out = new ArrayList<>();
    // sqitch claims deploy/revert/verify next to its plan; Liquibase XML master changelogs claim their includes
    Map<Path, Entry> byPath = new LinkedHashMap<>();
    for (Entry e : all) {
      byPath.put(e.path().toAbsolutePath().normalize(), e);
    }
    List<Path> claimed = new ArrayList<>();
    for (Entry e : all) {
      if (e.name().equals("sqitch.plan")) {
        claimed.add(e.path().toAbsolutePath().normalize());
        out.addAll(Sqitch.read(e, byPath, claimed, this::parsed));
      }
    }
    java.util.Set<Path> taken = new java.util.HashSet<>();
    for (Path p : claimed) {
      taken.add(p.toAbsolutePath().normalize());
    }
    List<Entry> entries = new ArrayList<>();
    List<Entry> xml = new ArrayList<>();
    List<Entry> numberedCandidates = new ArrayList<>();
    List<Alembic.Rev> alembic = new ArrayList<>();
    List<Entry> plainOnly = new ArrayList<>();
    boolean forcedNumbered = false;
    for (Entry e : all) {
      if (taken.contains(e.path().toAbsolutePath().normalize())) {
        continue;
      }
      String lower = e.name().toLowerCase(java.util.Locale.ROOT);
      if (lower.endsWith(".xml") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        if (LiquibaseXml.detect(e)) {
          xml.add(e);
        }
      } else if (lower.endsWith(".java")) {
        if (FlywayJava.detect(e)) {
          entries.add(e);
        }
      } else if (lower.endsWith(".py")) {
        if (Alembic.isEnv(e)) {
          continue; // Alembic's env.py is no migration: the revisions read it for their transaction settings
        } else if (Alembic.detect(e)) {
          try {
            alembic.add(Alembic.revision(e));
          } catch (RuntimeException | StackOverflowError ex) {
            safely(e, () -> {
              throw ex;
            });
          }
        } else if (PythonScripts.detect(e)) {
          out.addAll(safely(e, () -> List.of(PythonScripts.read(e, options))));
        }
      } else if (lower.endsWith(".sql") && options.sqlFormatOf(e.path()) != null) {
        String forced = options.sqlFormatOf(e.path());
        forcedNumbered |= forced.equals("numbered");
        switch (forced) {
          case "dbmate" -> out.addAll(safely(e, () -> List.of(Dbmate.read(e))));
          case "liquibase-sql" -> out.addAll(safely(e, () -> LiquibaseSql.read(e)));
          case "numbered" -> {
            if (Numbered.candidate(e)) {
              numberedCandidates.add(e);
            } else {
              plainOnly.add(e);
            }
          }
          case "plain" -> plainOnly.add(e);
          default -> entries.add(e); // flyway, golang-migrate: by name; other names are plain SQL
        }
      } else if (lower.endsWith(".sql")) {
        if (LiquibaseSql.detect(e)) {
          out.addAll(safely(e, () -> LiquibaseSql.read(e)));
        } else if (Dbmate.detect(e)) {
          out.addAll(safely(e, () -> List.of(Dbmate.read(e))));
        } else if (Numbered.candidate(e)) {
          numberedCandidates.add(e);
        } else {
          entries.add(e);
        }
      }
    }
    out.addAll(Alembic.order(alembic));
    out.addAll(LiquibaseXml.read(xml, options));
    List<Entry> notNumbered = new ArrayList<>();
    out.addAll(Numbered.read(numberedCandidates, notNumbered, forcedNumbered, this::parsed));
    entries.addAll(notNumbered);
    Map<String, List<Entry>> flywayV = new LinkedHashMap<>();
    Map<String, List<Entry>> flywayU = new LinkedHashMap<>();
    List<Entry> repeatable = new ArrayList<>();
    Map<String, Entry[]> golang = new LinkedHashMap<>();
    List<Entry> plain = new ArrayList<>();
    List<Entry> javaV = new ArrayList<>();
    plain.addAll(plainOnly);
    for (Entry e : entries) {
      if (e.name().endsWith(".java")) {
        javaV.add(e);
        continue;
      }
      String name = e.file().name();
      Matcher fw = FLYWAY.matcher(name);
      Matcher gm = GOLANG_MIGRATE.matcher(name);
      if (gm.matches()) {
        String key = parent(e) + "\u0000" + Versions.normalize(gm.group(1).replaceFirst("^0+(?=\\d)", ""));
        golang.computeIfAbsent(key, k -> new Entry[2])[gm.group(3).equals("up") ? 0 : 1] = e;
      } else if (fw.matches() && (fw.group(1).equals("R") ? fw.group(2) == null : fw.group(2) != null)) {
        if (fw.group(1).equals("R")) {
          repeatable.add(e);
        } else {
          String v = Versions.normalize(fw.group(2));
          (fw.group(1).equals("V") ? flywayV : flywayU).computeIfAbsent(flywayLocation(e) + "\u0000" + v,
              k -> new ArrayList<>()).add(e);
        }
      } else {
        plain.add(e);
      }
    }
    // Flyway Java classes share the version sequence of Flyway SQL scripts
    for (Entry e : javaV) {
      Matcher jm = FlywayJava.NAME.matcher(e.name());
      if (jm.matches() && !jm.group(1).equals("R")) {
        (jm.group(1).equals("V") ? flywayV : flywayU).computeIfAbsent(
            flywayLocation(e) + "\u0000" + Versions.normalize(jm.group(2)),
            k -> new ArrayList<>()).add(e);
      }
    }
    // Flyway: versioned in version order, then repeatables by description
    List<String> versions = new ArrayList<>(flywayV.keySet());
    for (String v : flywayU.keySet()) {
      if (!flywayV.containsKey(v)) {
        versions.add(v);
      }
    }
    versions.sort((a, b) -> {
      String[] ka = a.split("\u0000");
      String[] kb = b.split("\u0000");
      int c = ka[0].compareTo(kb[0]);
      return c != 0 ? c : Versions.compare(ka[1], kb[1]);
    });
    for (String key : versions) {
      String v = key.substring(key.indexOf('\u0000') + 1);
      List<Script> up = new ArrayList<>();
      for (Entry e : flywayV.getOrDefault(key, List.of())) {
        up.addAll(e.name().endsWith(".java") ? FlywayJava.read(e, Direction.UP) : List.of(flyway(e, Direction.UP)));
      }
      List<Script> down = new ArrayList<>();
      for (Entry e : flywayU.getOrDefault(key, List.of())) {
        down.addAll(e.name().endsWith(".java") ? FlywayJava.read(e, Direction.DOWN) : List.of(flyway(e, Direction.DOWN)));
      }
      Entry first = !flywayV.getOrDefault(key, List.of()).isEmpty() ? flywayV.get(key).get(0) : flywayU.get(key).get(0);
      Matcher m = FLYWAY.matcher(first.file().name());
      Matcher mj = FlywayJava.NAME.matcher(first.file().name());
      boolean java = mj.matches();
      String description = java ? mj.group(3).replace('_', ' ') : m.matches() ? m.group(3).replace('_', ' ') : "";
      out.add(new Migration(java ? FlywayJava.FORMAT : "flyway", v, description, 0, up, down));
    }
    repeatable.sort(Comparator.comparing(e -> e.file().name()));
    for (Entry e : repeatable) {
      Matcher m = FLYWAY.matcher(e.file().name());
      out.add(new Migration("flyway", null, m.matches() ? m.group(3).replace('_', ' ') : "", 0,
          List.of(flyway(e, Direction.REPEATABLE)), List.of()));
    }
    // golang-migrate: per folder, by numeric version
    List<Map.Entry<String, Entry[]>> gms = new ArrayList<>(golang.entrySet());
    gms.sort((a, b) -> {
      String[] ka = a.getKey().split("\u0000");
      String[] kb = b.getKey().split("\u0000");
      int c = ka[0].compareTo(kb[0]);
      return c != 0 ? c : Versions.compare(ka[1], kb[1]);
    });
    for (Map.Entry<String, Entry[]> g : gms) {
      Entry[] pair = g.getValue();
      Entry any = pair[0] != null ? pair[0] : pair[1];
      Matcher m = GOLANG_MIGRATE.matcher(any.file().name());
      m.matches();
      List<Script> up = pair[0] == null ? List.of() : List.of(golangMigrate(pair[0], Direction.UP));
      List<Script> down = pair[1] == null ? List.of() : List.of(golangMigrate(pair[1], Direction.DOWN));
      out.add(new Migration("golang-migrate", m.group(1), m.group(2).replace('_', ' '), 0, up, down));
    }
    // plain SQL: one migration per file, in path order
    plain.sort(Comparator.comparing(e -> e.file().path()));
    for (Entry e : plain) {
      var parsed = parsed(e.file());
      TxMode mode = options.assumeInTransaction() ? TxMode.WRAPPED : TxMode.AUTOCOMMIT;
      String reason = options.assumeInTransaction()
          ? "--assume-in-transaction is set"
          : "a plain SQL file runs in autocommit mode unless it opens a transaction itself";
      out.add(new Migration("plain", null, e.file().name(), 0,
          List.of(parsed.script(e.file(), Direction.UP, ScriptBuilder.whole(e.file()), mode, reason)), List.of()));
    }
    return new Grouped(out, !flywayU.isEmpty());
  }

  /**
   * The Flyway location a script belongs to, which is one version space: the nearest folder named
   * {@code migration} or {@code migrations} above it (version sub-folders such as {@code 2.40/} belong to
   * it), with {@code src/main/java} and {@code src/main/resources} seen as one classpath; else its folder.
   */
  static String flywayLocation(Entry e) {
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

  private static String parent(Entry e) {
    Path p = e.path().toAbsolutePath().getParent();
    return p == null ? "" : p.toString();
  }

  private Script flyway(Entry e, Direction dir) {
    // ${placeholder} tokens become identifiers of the same length, so offsets stay those of the file
    var parsed = parsed(FlywayPlaceholders.blank(e.file())); // a new file, parsed now, when it has placeholders
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
    Statement nonTx = FlywayTransactions.nonTransactional(parsed.statements(), options.pgVersion());
    if (nonTx != null) {
      return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.AUTOCOMMIT,
          "Flyway runs this migration outside a transaction because it contains \""
              + FlywayTransactions.describe(nonTx) + "\"");
    }
    return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.WRAPPED,
        "Flyway runs each migration in a transaction");
  }

  private Script golangMigrate(Entry e, Direction dir) {
    var parsed = parsed(e.file());
    return parsed.script(e.file(), dir, ScriptBuilder.whole(e.file()), TxMode.IMPLICIT_MULTI_STATEMENT,
        "golang-migrate sends the file as one multi-statement string, which PostgreSQL runs as one implicit transaction");
  }
}
