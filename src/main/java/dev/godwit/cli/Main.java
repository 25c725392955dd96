package dev.godwit.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code godwit} command. {@link #run} takes the process's streams, environment and working
 * directory as arguments so tests can drive it; only {@link #main} touches the process.
 */
public final class Main {
  public static final int EXIT_CLEAN = 0;
  public static final int EXIT_FINDINGS = 1;
  public static final int EXIT_USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("check")) {
      Warmup.start();
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err, System.getenv(), Path.of("").toAbsolutePath(),
        System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line.
   *
   * @param terminal whether standard output is a terminal (colour is used only then)
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
      Path workDir, boolean terminal) {
    Env environment = new Env(in, out, err, env, workDir, terminal);
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    try {
      if (args.length > 0 && args[0].equals("check")) {
        // the fast path: `check` with the options it knows, without building picocli's model
        CheckCommand check = new CheckCommand(environment);
        if (CheckArgs.apply(java.util.Arrays.copyOfRange(args, 1, args.length), check)) {
          try {
            return check.call();
          } catch (Exception ex) {
            return failure(ex, errWriter);
          }
        }
      }
      CommandLine cl = new CommandLine(new GodwitCommand(), new Factory(environment));
      cl.setOut(outWriter);
      cl.setErr(errWriter);
      cl.setCaseInsensitiveEnumValuesAllowed(true);
      cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, errWriter));
      cl.setParameterExceptionHandler((ex, args1) -> {
        errWriter.println("godwit: " + ex.getMessage());
        ex.getCommandLine().usage(errWriter);
        return EXIT_USAGE;
      });
      return cl.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** What a command's exception means for the user: a usage error, or a bug reported with its trace. */
  private static int failure(Exception ex, PrintWriter errWriter) {
    if (ex instanceof UsageException u) {
      errWriter.println("godwit: " + u.getMessage());
      return EXIT_USAGE;
    }
    StringWriter trace = new StringWriter();
    ex.printStackTrace(new PrintWriter(trace));
    errWriter.println("godwit: internal error: " + ex);
    errWriter.print(trace);
    return EXIT_USAGE;
  }

  /** The process around a run. */
  record Env(InputStream in, PrintStream out, PrintStream err, Map<String, String> vars, Path workDir,
      boolean terminal) {}

  /** Gives subcommands their environment. */
  private record Factory(Env env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == CheckCommand.class) {
        return cls.cast(new CheckCommand(env));
      }
      if (cls == InitCommand.class) {
        return cls.cast(new InitCommand(env));
      }
      if (cls == RulesCommand.class) {
        return cls.cast(new RulesCommand());
      }
      if (cls == ExplainCommand.class) {
        return cls.cast(new ExplainCommand());
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** A usage error found after option parsing (exit code 2). */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
