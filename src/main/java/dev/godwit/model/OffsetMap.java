package dev.godwit.model;

/**
 * Maps an offset in a piece of SQL text to an offset in its host file. For a plain SQL file this is a
 * shift; for SQL held in a Java or Python string literal it walks escapes and concatenations.
 */
@FunctionalInterface
public interface OffsetMap {
  int toHost(int sqlOffset);

  default Span toHost(int sqlStart, int sqlEnd) {
    int s = toHost(sqlStart);
    int e = sqlEnd <= sqlStart ? s : toHost(sqlEnd - 1) + 1;
    return new Span(s, Math.max(s, e));
  }

  static OffsetMap shift(int base) {
    return o -> base + o;
  }
}
