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

  /**
   * A map for SQL taken out of a string literal (or several, concatenated): {@code hostOffsets[i]} is
   * where the i-th SQL character is written in the host file (the start of its escape sequence when it
   * was escaped). Offsets past the end map just after the last character.
   */
  static OffsetMap table(int[] hostOffsets, int hostEnd) {
    int[] copy = hostOffsets.clone();
    return o -> {
      if (copy.length == 0) {
        return hostEnd;
      }
      if (o < 0) {
        return copy[0];
      }
      return o < copy.length ? copy[o] : copy[copy.length - 1] + 1;
    };
  }

  /**
   * A map for SQL that Godwit generated from a host construct (a Liquibase XML change, an Alembic
   * {@code op.*} call): every offset lands inside {@code host}, so findings point at the construct.
   */
  static OffsetMap clamp(Span host) {
    return o -> host.start() + Math.max(0, Math.min(o, Math.max(0, host.length() - 1)));
  }
}
