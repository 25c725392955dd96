package dev.godwit.format;

import dev.godwit.format.host.FlywayJava;
import dev.godwit.model.FileProblem;
import dev.godwit.model.FlywayConfig;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/** What a {@link MigrationFormat} gets from the reader of one root: options, parses made ahead, problems. */
final class Reading {
  /**
   * The system property that makes a reader crash fail the run instead of becoming a file problem: tests
   * set it (see pom.xml), so that a crash on odd input fails the fuzz and truncation tests.
   */
  static final String STRICT = "godwit.strict";

  private final ReadOptions options;
  private final Function<SourceFile, ScriptBuilder.Parsed> parser;
  private final List<FileProblem> problems;
  private final Function<Entry, FlywayConfig> flywayConfig;
  private final Function<java.nio.file.Path, String> display;
  private boolean undo;

  Reading(ReadOptions options, Function<SourceFile, ScriptBuilder.Parsed> parser, List<FileProblem> problems) {
    this(options, parser, problems, e -> FlywayConfig.DEFAULTS, p -> p.toString());
  }

  /**
   * @param flywayConfig Flyway's configuration in force for a file (its defaults where the project has none)
   * @param display a path as reports show it
   */
  Reading(ReadOptions options, Function<SourceFile, ScriptBuilder.Parsed> parser, List<FileProblem> problems,
      Function<Entry, FlywayConfig> flywayConfig, Function<java.nio.file.Path, String> display) {
    this.options = options;
    this.parser = parser;
    this.problems = problems;
    this.flywayConfig = flywayConfig;
    this.display = display;
  }

  private FlywayJava.Sources javaSources = FlywayJava.Sources.of(List.of());

  /** Every {@code .java} file of the root being read: the classes Java migrations may extend. */
  FlywayJava.Sources javaSources() {
    return javaSources;
  }

  void javaSources(FlywayJava.Sources sources) {
    javaSources = sources;
  }

  /** Flyway's configuration in force for a file: names, locations, placeholders. */
  FlywayConfig flywayConfig(Entry e) {
    return flywayConfig.apply(e);
  }

  String display(java.nio.file.Path p) {
    return display.apply(p);
  }

  ReadOptions options() {
    return options;
  }

  /** A file's whole-text parse (made ahead on the reader threads when it could be). */
  ScriptBuilder.Parsed parsed(SourceFile file) {
    return parser.apply(file);
  }

  Function<SourceFile, ScriptBuilder.Parsed> parser() {
    return parser;
  }

  /** The format the user forced on this {@code .sql} file, or null (always null for other files). */
  Format forced(Entry e) {
    return isSql(e) ? options.sqlFormatOf(e.path()) : null;
  }

  /**
   * The {@code .sql} files of {@code pool} that are {@code format}'s: those the user forced to it, and, where
   * nothing is forced, those whose content {@code byContent} recognises.
   */
  List<Entry> sqlOf(List<Entry> pool, Format format, java.util.function.Predicate<Entry> byContent) {
    List<Entry> out = new java.util.ArrayList<>();
    for (Entry e : pool) {
      Format f = forced(e);
      if (isSql(e) && (f == format || f == null && byContent.test(e))) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether the project writes Flyway undo migrations. */
  boolean undo() {
    return undo;
  }

  void markUndo() {
    undo = true;
  }

  static boolean isSql(Entry e) {
    return e.name().toLowerCase(Locale.ROOT).endsWith(".sql");
  }

  static boolean hasExtension(Entry e, String... extensions) {
    String n = e.name().toLowerCase(Locale.ROOT);
    for (String x : extensions) {
      if (n.endsWith(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs a reader on one file: a crash (a bug in Godwit, never the user's fault) becomes a problem of that
   * file and the run goes on, unless {@link #STRICT} is set, where it is thrown.
   */
  List<Migration> safely(Entry e, Supplier<List<Migration>> reader) {
    try {
      return reader.get();
    } catch (RuntimeException | StackOverflowError ex) {
      if (strict()) {
        throw ex;
      }
      problems.add(new FileProblem(e.file().path(), "Godwit could not read this file as a migration ("
          + ex + "); please report it"));
      return List.of();
    }
  }

  /** A file of this format that could not be read (the user's file is broken, not Godwit). */
  void problem(Entry e, String message) {
    problems.add(new FileProblem(e.file().path(), message));
  }

  static boolean strict() {
    return Boolean.getBoolean(STRICT);
  }
}
