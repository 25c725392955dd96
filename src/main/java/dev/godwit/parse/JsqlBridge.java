package dev.godwit.parse;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.AbstractJSqlParser.Dialect;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Runs JSqlParser 5.4 on one statement, on the calling thread, with a watchdog that interrupts a
 * parse running longer than the time limit ({@value #DEFAULT_TIME_LIMIT_MS} ms unless the system
 * property {@value #TIME_LIMIT_PROPERTY} says otherwise). Thread-safe: each thread keeps its own
 * parser objects and reuses them (a fresh JSqlParser parser costs about a third of a short
 * statement's parse).
 */
final class JsqlBridge {

  /** System property: the per-statement parse time limit in milliseconds. */
  static final String TIME_LIMIT_PROPERTY = "godwit.parseTimeLimitMs";
  static final long DEFAULT_TIME_LIMIT_MS = 5_000;
  static final int MAX_LENGTH = 1_000_000;
  static final int MAX_DEPTH = 150;
  /** A reused parser is replaced after this many parses: JSqlParser keeps look-ahead caches per parser. */
  private static final int REUSE_LIMIT = 200;

  private static volatile long timeLimitMs = initialTimeLimit();

  private static long initialTimeLimit() {
    return parseTimeLimit(System.getProperty(TIME_LIMIT_PROPERTY));
  }

  /** A time limit setting: a positive number of milliseconds, else the default. */
  static long parseTimeLimit(String v) {
    if (v != null) {
      try {
        long ms = Long.parseLong(v.trim());
        if (ms > 0) {
          return ms;
        }
      } catch (NumberFormatException ignored) {
        // fall back to the default
      }
    }
    return DEFAULT_TIME_LIMIT_MS;
  }

  /** The per-statement time limit in milliseconds. */
  static long timeLimitMs() {
    return timeLimitMs;
  }

  /** Sets the per-statement time limit (tests; the command line uses the system property). */
  static void setTimeLimitMs(long ms) {
    if (ms <= 0) {
      throw new IllegalArgumentException("time limit must be positive: " + ms);
    }
    timeLimitMs = ms;
  }

  /** What JSqlParser made of a statement. */
  record Outcome(boolean accepted, Statement ast, String reason, int errorStart, int errorEnd, boolean timedOut) {
    static Outcome ok(Statement ast) {
      return new Outcome(true, ast, null, -1, -1, false);
    }

    static Outcome fail(String reason, int start, int end) {
      return new Outcome(false, null, reason, start, end, false);
    }
  }

  private static final ScheduledExecutorService WATCHDOG = makeWatchdog();

  private static ScheduledExecutorService makeWatchdog() {
    ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
      Thread th = Executors.defaultThreadFactory().newThread(r);
      th.setDaemon(true);
      th.setName("godwit-parse-watchdog");
      return th;
    });
    ex.setRemoveOnCancelPolicy(true);
    return ex;
  }

  /** One thread's parsers, one per dialect, reused until {@link #REUSE_LIMIT} or a failed parse. */
  private static final class Parsers {
    private final CCJSqlParser[] byDialect = new CCJSqlParser[2];
    private final int[] uses = new int[2];

    CCJSqlParser get(String text, Dialect dialect) {
      int k = dialect == null ? 0 : 1;
      CCJSqlParser p = byDialect[k];
      if (p == null || uses[k] >= REUSE_LIMIT) {
        p = CCJSqlParserUtil.newParser(text);
        if (dialect != null) {
          p.withDialect(dialect);
        }
        byDialect[k] = p;
        uses[k] = 0;
      } else {
        p.ReInit(new StringProvider(text));
        p.bracketsCounter = 0;
        p.caseCounter = 0;
        p.interrupted = false;
      }
      uses[k]++;
      return p;
    }

    /** After a failure or an interruption the parser's private state is unknown: start afresh. */
    void discard(Dialect dialect) {
      byDialect[dialect == null ? 0 : 1] = null;
    }
  }

  private static final ThreadLocal<Parsers> PARSERS = ThreadLocal.withInitial(Parsers::new);

  /** Lets the watchdog interrupt one attempt, and never the next attempt of a reused parser. */
  private static final class Attempt implements Runnable {
    private final CCJSqlParser parser;
    private boolean finished;

    Attempt(CCJSqlParser parser) {
      this.parser = parser;
    }

    @Override
    public synchronized void run() {
      if (!finished) {
        parser.interrupted = true;
      }
    }

    synchronized void finish() {
      finished = true;
    }
  }

  private JsqlBridge() {}

  /**
   * Text for JSqlParser: same length and line structure as {@code sql}, with Flyway placeholders,
   * psql variables, {@code $n} parameters and backslash-escaped strings replaced by neutral tokens
   * JSqlParser understands, and all whitespace and comments between tokens turned into spaces.
   */
  static String sanitize(String sql, List<Tok> toks) {
    // Everything between tokens (whitespace, comments) becomes spaces: JSqlParser takes a blank line
    // for a statement separator, and knows neither nested comments nor U+00A0.
    char[] c = new char[sql.length()];
    java.util.Arrays.fill(c, ' ');
    for (Tok k : toks) {
      sql.getChars(k.start(), k.end(), c, k.start());
    }
    for (Tok k : toks) {
      int len = k.end() - k.start();
      switch (k.kind()) {
        case PLACEHOLDER -> fill(c, k.start(), len, 'p', '_', '_');
        case PSQLVAR -> {
          if (k.raw().startsWith(":'") && len >= 3) {
            fill(c, k.start(), len, '\'', 'x', '\'');
          } else if (k.raw().startsWith(":\"") && len >= 3) {
            fill(c, k.start(), len, '"', 'x', '"');
          } else {
            fill(c, k.start(), len, 'p', '_', '_');
          }
        }
        case PARAM -> fill(c, k.start(), len, '?', ' ', ' ');
        case STRING -> {
          if (k.escape() && len >= 3) {
            c[k.start()] = ' ';
            fill(c, k.start() + 1, len - 1, '\'', 'x', '\'');
          }
        }
        default -> { }
      }
    }
    return new String(c);
  }

  private static void fill(char[] c, int at, int len, char first, char mid, char last) {
    for (int i = 0; i < len; i++) {
      c[at + i] = i == 0 ? first : i == len - 1 ? last : mid;
    }
    if (len == 1) {
      c[at] = first;
    }
  }

  /** Default dialect first, then PostgreSQL; the error of the attempt that got further is kept. */
  static Outcome parse(String text) {
    Outcome a = attempt(text, null);
    if (a.accepted() || a.timedOut()) {
      return a;
    }
    Outcome b = attempt(text, Dialect.POSTGRESQL);
    if (b.accepted() || b.timedOut()) {
      return b;
    }
    return b.errorStart() > a.errorStart() ? b : a;
  }

  private static Outcome attempt(String text, Dialect dialect) {
    Parsers parsers = PARSERS.get();
    CCJSqlParser parser = parsers.get(text, dialect);
    Attempt attempt = new Attempt(parser);
    ScheduledFuture<?> dog = WATCHDOG.schedule(attempt, timeLimitMs, TimeUnit.MILLISECONDS);
    Outcome result = null;
    try {
      result = run(parser, text);
      return result;
    } finally {
      dog.cancel(false);
      attempt.finish();
      if (result == null || !result.accepted() || parser.interrupted) {
        parsers.discard(dialect);
      }
    }
  }

  private static Outcome run(CCJSqlParser parser, String text) {
    try {
      Statement st = parser.Statement();
      if (parser.interrupted) {
        return timeout();
      }
      if (st == null || st instanceof UnsupportedStatement) {
        return Outcome.fail("statement not supported by the parser", -1, -1);
      }
      // Statement() may stop early: make sure everything was consumed.
      Token next = parser.getNextToken();
      if (next != null && next.kind != 0 && !";".equals(next.image)) {
        return failAt(text, next);
      }
      return Outcome.ok(st);
    } catch (ParseException e) {
      if (parser.interrupted) {
        return timeout();
      }
      Token cur = e.currentToken;
      Token bad = cur == null ? null : cur.next != null ? cur.next : cur;
      if (bad == null) {
        return Outcome.fail(shorten(e.getMessage()), -1, -1);
      }
      return failAt(text, bad);
    } catch (StackOverflowError e) {
      return Outcome.fail("statement too deeply nested for the parser", -1, -1);
    } catch (RuntimeException | Error e) {
      if (e instanceof OutOfMemoryError oom) {
        throw oom;
      }
      if (parser.interrupted) {
        return timeout();
      }
      return Outcome.fail(shorten(e.getMessage()), -1, -1);
    }
  }

  private static Outcome timeout() {
    return new Outcome(false, null, "parser time limit exceeded (" + timeLimitMs + " ms per statement)",
        -1, -1, true);
  }

  private static Outcome failAt(String text, Token bad) {
    if (bad.kind == 0 || bad.image == null || bad.image.isEmpty()) {
      return Outcome.fail("unexpected end of statement", text.length(), text.length());
    }
    int off = offsetOf(text, bad.beginLine, bad.beginColumn);
    int end = Math.min(text.length(), off + bad.image.length());
    String img = bad.image.length() > 40 ? bad.image.substring(0, 37) + "..." : bad.image;
    // the position goes with the error span, in host-file coordinates (the rule reports it)
    return Outcome.fail("unexpected \"" + img.replace('\n', ' ') + "\"", off, end);
  }

  /** 1-based line and column (UTF-16 units, JavaCC's line breaks) to a 0-based offset. */
  static int offsetOf(String text, int line, int column) {
    int l = 1;
    int i = 0;
    while (l < line && i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\n') {
        l++;
      } else if (c == '\r') {
        if (i < text.length() && text.charAt(i) == '\n') {
          i++;
        }
        l++;
      }
    }
    return Math.max(0, Math.min(text.length(), i + column - 1));
  }

  private static String shorten(String m) {
    if (m == null || m.isBlank()) {
      return "the parser rejected the statement";
    }
    String first = m.strip().lines().findFirst().orElse(m).strip();
    return first.length() > 160 ? first.substring(0, 157) + "..." : first;
  }
}
