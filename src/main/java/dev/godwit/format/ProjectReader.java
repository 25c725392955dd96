package dev.godwit.format;

import dev.godwit.format.host.FlywayJava;
import dev.godwit.model.FileProblem;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.SourceFile;
import dev.godwit.source.FileWalker;
import dev.godwit.source.LoadResult;
import dev.godwit.source.SourceLoader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the migrations under the given paths: finds and loads the files of each root, offers them to each
 * {@link MigrationFormat} in turn ({@link #FORMATS}), which takes its own, groups them into migrations, orders
 * them and decides how each script runs with respect to transactions.
 */
public final class ProjectReader {
  private final ReadOptions options;
  private final Path baseDir;
  /** Whole-file parses made by {@link #load} on several threads, until {@link #parsed} takes them. */
  private final Map<SourceFile, ScriptBuilder.Parsed> preparsed = new ConcurrentHashMap<>();

  /** Flyway's own configuration files, found from each Flyway migration's folder up. */
  private final FlywayConfigReader flywayConfigs = new FlywayConfigReader(this::display);

  /** @param baseDir display paths are relative to it (the working directory) */
  public ProjectReader(ReadOptions options, Path baseDir) {
    this.options = options;
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  /** The folders under {@code root} that look like migrations, for a run with nothing named or configured. */
  public static List<Path> discover(Path root) {
    return FileWalker.discover(root);
  }

  /** Reads the files and directories named. */
  public Project read(List<Path> roots) {
    List<FileProblem> problems = new ArrayList<>();
    List<Migration> migrations = new ArrayList<>();
    List<Project.Unused> unused = new ArrayList<>();
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
      unused.addAll(g.unused);
    }
    problems.addAll(readerProblems);
    readerProblems.clear();
    List<Migration> ordered = new ArrayList<>();
    for (Migration m : migrations) {
      ordered.add(m.at(ordered.size()));
    }
    return new Project(ordered, problems, undo, unused, flywayConfigs.found(), java.util.Map.of());
  }

  /**
   * Problems of files a format reader gave up on: a crash (a bug in Godwit, never the user's fault), or a
   * file its tool could not read either (a YAML changelog that is not YAML).
   */
  private final List<FileProblem> readerProblems = java.util.Collections.synchronizedList(new ArrayList<>());

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
    List<FileProblem> problems = new ArrayList<>(readerProblems);
    readerProblems.clear();
    return new Project(g.migrations, problems, g.undo, g.unused, flywayConfigs.found(), java.util.Map.of());
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
    Format forced = options.sqlFormatOf(path);
    if (forced != null) {
      return forced != Format.DBMATE && forced != Format.LIQUIBASE_SQL;
    }
    Entry e = new Entry(path, file);
    return !LiquibaseSql.detect(e) && !Dbmate.detect(e);
  }

  /** A file's whole-text parse: the one {@link #load} made ahead, else made now. */
  ScriptBuilder.Parsed parsed(SourceFile file) {
    ScriptBuilder.Parsed p = preparsed.remove(file);
    return p != null ? p : ScriptBuilder.parse(file, ScriptBuilder.whole(file));
  }

  /** The Flyway configuration in force for a migration file (Flyway's defaults when the project has none). */
  private dev.godwit.model.FlywayConfig flywayConfig(Entry e) {
    Path dir = e.path().toAbsolutePath().normalize().getParent();
    return dir == null ? dev.godwit.model.FlywayConfig.DEFAULTS : flywayConfigs.forDir(dir);
  }

  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    String s = abs.startsWith(baseDir) ? baseDir.relativize(abs).toString() : p.normalize().toString();
    s = s.replace('\\', '/');
    return s.isEmpty() ? p.getFileName().toString() : s;
  }

  private record Grouped(List<Migration> migrations, boolean undo, List<Project.Unused> unused) {}

  /**
   * The formats, in the order they take files out of a root's pool: a sqitch plan claims its folders and a
   * Liquibase changelog its includes before any other format looks at them; SQL files with a marker
   * (Liquibase formatted SQL, dbmate) before numbered, Flyway and golang-migrate names; plain SQL takes
   * every {@code .sql} file left.
   */
  static final List<MigrationFormat> FORMATS = List.of(new Sqitch(), new LiquibaseXml(), new AlembicFormat(),
      new PythonScriptFormat(), new LiquibaseSql(), new Dbmate(), new Numbered(), new Flyway(), new GolangMigrate(),
      new PlainSql());

  /**
   * Formats whose migrations each come from one file, with no order across files: their migrations are
   * listed together, in path order, after sqitch's.
   */
  private static final java.util.Set<Format> PER_FILE = java.util.EnumSet.of(Format.PYTHON_SCRIPT,
      Format.DBMATE, Format.LIQUIBASE_SQL);

  /** The order in which the formats' migrations are listed when one root holds several formats. */
  private static final List<Format> LISTED = List.of(Format.SQITCH, Format.PYTHON_SCRIPT, Format.ALEMBIC,
      Format.LIQUIBASE_XML, Format.NUMBERED, Format.FLYWAY, Format.GOLANG_MIGRATE, Format.PLAIN);

  /** The format reading the files of {@code kind}. */
  static MigrationFormat format(Format kind) {
    Format k = kind == Format.FLYWAY_JAVA ? Format.FLYWAY : kind == Format.LIQUIBASE_YAML ? Format.LIQUIBASE_XML : kind;
    for (MigrationFormat f : FORMATS) {
      if (f.kind() == k) {
        return f;
      }
    }
    throw new IllegalArgumentException("no reader for " + kind);
  }

  private Grouped group(List<Entry> all) {
    Reading r = new Reading(options, this::parsed, readerProblems, this::flywayConfig, this::display);
    r.javaSources(FlywayJava.Sources.of(all)); // every .java file: base classes of Java migrations
    List<Entry> pool = new ArrayList<>(all);
    Map<Format, List<Migration>> read = new java.util.EnumMap<>(Format.class);
    List<Project.Unused> unused = new ArrayList<>();
    for (MigrationFormat f : FORMATS) {
      List<Entry> mine = f.detect(pool, r);
      if (mine.isEmpty()) {
        continue;
      }
      java.util.Set<Entry> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      taken.addAll(mine);
      pool.removeIf(taken::contains);
      List<Migration> migrations = f.read(mine, r);
      read.put(f.kind(), migrations);
      java.util.Set<SourceFile> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Migration m : migrations) {
        m.up().forEach(s -> used.add(s.file()));
        m.down().forEach(s -> used.add(s.file()));
      }
      for (Entry e : mine) {
        String why = used.contains(e.file()) ? null : f.noMigration(e);
        if (why != null) {
          unused.add(new Project.Unused(e.file(), f.kind(), why));
        }
      }
    }
    List<Migration> perFile = new ArrayList<>();
    for (Format k : PER_FILE) {
      perFile.addAll(read.getOrDefault(k, List.of()));
    }
    if (read.keySet().stream().filter(PER_FILE::contains).count() > 1) {
      Map<SourceFile, Integer> index = new java.util.IdentityHashMap<>();
      for (int i = 0; i < all.size(); i++) {
        index.put(all.get(i).file(), i);
      }
      perFile.sort(Comparator.comparingInt(m -> index.getOrDefault(m.primaryFile(), Integer.MAX_VALUE)));
    }
    List<Migration> out = new ArrayList<>();
    for (Format k : LISTED) {
      out.addAll(k == Format.PYTHON_SCRIPT ? perFile : read.getOrDefault(k, List.of()));
    }
    return new Grouped(out, r.undo(), unused);
  }
}
