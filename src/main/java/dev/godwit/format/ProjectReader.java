package dev.godwit.format;

import dev.godwit.model.Direction;
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
        if (!r.ok()) {
          problems.add(r.problem());
        } else {
          entries.add(new Entry(files.get(i), r.file()));
        }
      }
      Grouped g = group(entries);
      preparsed.clear();
      undo |= g.undo;
      migrations.addAll(g.migrations);
    }
    List<Migration> ordered = new ArrayList<>();
    for (Migration m : migrations) {
      ordered.add(new Migration(m.format(), m.version(), m.description(), ordered.size(), m.up(), m.down()));
    }
    return new Project(ordered, problems, undo);
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
   * Reads the files and, on {@code options.threads()} threads, splits and parses each one whole ahead
   * of {@link #group} (which takes the results through {@link #parsed}). Results are in input order.
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
          if (r.ok()) {
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

  /** A file's whole-text parse: the one {@link #load} made ahead, else made now. */
  private ScriptBuilder.Parsed parsed(SourceFile file) {
    ScriptBuilder.Parsed p = preparsed.remove(file);
    return p != null ? p : ScriptBuilder.parse(file, ScriptBuilder.whole(file));
  }

  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    String s = abs.startsWith(baseDir) ? baseDir.relativize(abs).toString() : p.normalize().toString();
    s = s.replace('\\', '/');
    return s.isEmpty() ? p.getFileName().toString() : s;
  }

  private record Entry(Path path, SourceFile file) {}

  private record Grouped(List<Migration> migrations, boolean undo) {}

  private Grouped group(List<Entry> entries) {
    Map<String, List<Entry>> flywayV = new LinkedHashMap<>();
    Map<String, List<Entry>> flywayU = new LinkedHashMap<>();
    List<Entry> repeatable = new ArrayList<>();
    Map<String, Entry[]> golang = new LinkedHashMap<>();
    List<Entry> plain = new ArrayList<>();
    for (Entry e : entries) {
      String name = e.file.name();
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
          (fw.group(1).equals("V") ? flywayV : flywayU).computeIfAbsent(v, k -> new ArrayList<>()).add(e);
        }
      } else {
        plain.add(e);
      }
    }
    List<Migration> out = new ArrayList<>();
    // Flyway: versioned in version order, then repeatables by description
    List<String> versions = new ArrayList<>(flywayV.keySet());
    for (String v : flywayU.keySet()) {
      if (!flywayV.containsKey(v)) {
        versions.add(v);
      }
    }
    versions.sort(Versions.ORDER);
    for (String v : versions) {
      List<Script> up = new ArrayList<>();
      for (Entry e : flywayV.getOrDefault(v, List.of())) {
        up.add(flyway(e, Direction.UP));
      }
      List<Script> down = new ArrayList<>();
      for (Entry e : flywayU.getOrDefault(v, List.of())) {
        down.add(flyway(e, Direction.DOWN));
      }
      Entry first = !flywayV.getOrDefault(v, List.of()).isEmpty() ? flywayV.get(v).get(0) : flywayU.get(v).get(0);
      Matcher m = FLYWAY.matcher(first.file.name());
      out.add(new Migration("flyway", v, m.matches() ? m.group(3).replace('_', ' ') : "", 0, up, down));
    }
    repeatable.sort(Comparator.comparing(e -> e.file.name()));
    for (Entry e : repeatable) {
      Matcher m = FLYWAY.matcher(e.file.name());
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
      Matcher m = GOLANG_MIGRATE.matcher(any.file.name());
      m.matches();
      List<Script> up = pair[0] == null ? List.of() : List.of(golangMigrate(pair[0], Direction.UP));
      List<Script> down = pair[1] == null ? List.of() : List.of(golangMigrate(pair[1], Direction.DOWN));
      out.add(new Migration("golang-migrate", m.group(1), m.group(2).replace('_', ' '), 0, up, down));
    }
    // plain SQL: one migration per file, in path order
    plain.sort(Comparator.comparing(e -> e.file.path()));
    for (Entry e : plain) {
      var parsed = parsed(e.file);
      TxMode mode = options.assumeInTransaction() ? TxMode.WRAPPED : TxMode.AUTOCOMMIT;
      String reason = options.assumeInTransaction()
          ? "--assume-in-transaction is set"
          : "a plain SQL file runs in autocommit mode unless it opens a transaction itself";
      out.add(new Migration("plain", null, e.file.name(), 0,
          List.of(parsed.script(e.file, Direction.UP, ScriptBuilder.whole(e.file), mode, reason)), List.of()));
    }
    return new Grouped(out, !flywayU.isEmpty());
  }

  private static String parent(Entry e) {
    Path p = e.path.toAbsolutePath().getParent();
    return p == null ? "" : p.toString();
  }

  private Script flyway(Entry e, Direction dir) {
    var parsed = parsed(e.file);
    Path conf = e.path.resolveSibling(e.path.getFileName() + ".conf");
    if (Files.isRegularFile(conf)) {
      Properties props = new Properties();
      try (var in = Files.newBufferedReader(conf)) {
        props.load(in);
        if ("false".equalsIgnoreCase(props.getProperty("executeInTransaction", "").trim())) {
          return parsed.script(e.file, dir, ScriptBuilder.whole(e.file), TxMode.AUTOCOMMIT,
              conf.getFileName() + " sets executeInTransaction=false");
        }
      } catch (IOException | IllegalArgumentException ignored) {
        // an unreadable .conf file changes nothing: Flyway's default applies
      }
    }
    Statement nonTx = FlywayTransactions.nonTransactional(parsed.statements(), options.pgVersion());
    if (nonTx != null) {
      return parsed.script(e.file, dir, ScriptBuilder.whole(e.file), TxMode.AUTOCOMMIT,
          "Flyway runs this migration outside a transaction because it contains \""
              + FlywayTransactions.describe(nonTx) + "\"");
    }
    return parsed.script(e.file, dir, ScriptBuilder.whole(e.file), TxMode.WRAPPED,
        "Flyway runs each migration in a transaction");
  }

  private Script golangMigrate(Entry e, Direction dir) {
    var parsed = parsed(e.file);
    return parsed.script(e.file, dir, ScriptBuilder.whole(e.file), TxMode.IMPLICIT_MULTI_STATEMENT,
        "golang-migrate sends the file as one multi-statement string, which PostgreSQL runs as one implicit transaction");
  }
}
