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
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Runs JSqlParser 5.4 on one statement, on the calling thread, with a watchdog that interrupts a
 * parse running longer than {@link #TIME_LIMIT_MS}. Thread-safe: it holds no per-call state.
 */
final class JsqlBridge {

  static final long TIME_LIMIT_MS = 5_000;
  static final int MAX_LENGTH = 1_000_000;
  static final int MAX_DEPTH = 150;

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
    CCJSqlParser parser = CCJSqlParserUtil.newParser(text);
    if (dialect != null) {
      parser.withDialect(dialect);
    }
    ScheduledFuture<?> dog = WATCHDOG.schedule(() -> {
      parser.interrupted = true;
    }, TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
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
    } finally {
      dog.cancel(false);
    }
  }

  private static Outcome timeout() {
    return new Outcome(false, null, "parser time limit exceeded", -1, -1, true);
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
