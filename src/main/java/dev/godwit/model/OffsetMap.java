package dev.godwit.model;

import java.util.List;

/**
 * Maps an offset in a piece of SQL text to an offset in its host file. For a plain SQL file this is a
 * shift; for SQL held in a Java or Python string literal it walks escapes and concatenations.
 *
 * <p>A map also says where a fix may write: {@link #insert} maps an insertion into the SQL to an insertion
 * into the host text, escaped as the host literal needs, or refuses. Maps that do not know their host
 * (SQL Godwit generated from an XML change or an Alembic {@code op.*} call, a lambda) refuse.
 */
@FunctionalInterface
public interface OffsetMap {
  int toHost(int sqlOffset);

  default Span toHost(int sqlStart, int sqlEnd) {
    int s = toHost(sqlStart);
    int e = sqlEnd <= sqlStart ? s : toHost(sqlEnd - 1) + 1;
    return new Span(s, Math.max(s, e));
  }

  /**
   * Where and how to write {@code text} in the host file so that the SQL reads it just before
   * {@code sqlOffset} ({@code sqlOffset} = the SQL's length: at its end): the host offset, and the text with
   * the escaping of the literal that holds the SQL there. Null when the host cannot take it: SQL that
   * Godwit generated from a host construct, a position that is not inside a string literal, or text the
   * literal cannot hold (a quote in a raw string).
   */
  default HostInsert insert(int sqlOffset, String text) {
    return null;
  }

  /** An insertion into the host text. */
  record HostInsert(int offset, String text) {}

  /** A change a fix may ask of the host construct that generated the SQL, instead of a text edit of the SQL. */
  enum Rewrite {
    /** Build or drop the index CONCURRENTLY (Alembic: {@code postgresql_concurrently=True}). */
    CONCURRENTLY
  }

  /**
   * The host construct's own way to make {@code what} happen (e.g. an Alembic {@code op.create_index} call
   * gains {@code postgresql_concurrently=True} and moves into an {@code autocommit_block()}).
   *
   * @param title what the rewrite does, for the fix's title
   * @param inserts the insertions into the host text, at distinct offsets
   */
  record HostRewrite(String title, List<HostInsert> inserts) {
    public HostRewrite {
      inserts = List.copyOf(inserts);
    }
  }

  /** The host's own rewrite for {@code what}, or null when it has none (SQL written in the host has none). */
  default HostRewrite rewrite(Rewrite what) {
    return null;
  }

  /** How a host literal writes a piece of text; {@link #escape} returns null when it cannot. */
  @FunctionalInterface
  interface Escaper {
    String escape(String text);

    /** SQL written as it is (a .sql file). */
    Escaper PLAIN = t -> t;

    /** A host Godwit does not model the escaping of: words and spaces only, which every literal holds as is. */
    Escaper WORDS = t -> t.chars().allMatch(c -> c == ' ' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9') ? t : null;
  }

  static OffsetMap shift(int base) {
    return new OffsetMap() {
      @Override
      public int toHost(int o) {
        return base + o;
      }

      @Override
      public HostInsert insert(int o, String text) {
        return new HostInsert(base + o, text);
      }
    };
  }

  /** {@code map} seen from {@code base}: offset 0 of the result is offset {@code base} of {@code map}. */
  static OffsetMap from(OffsetMap map, int base) {
    return new OffsetMap() {
      @Override
      public int toHost(int o) {
        return map.toHost(base + o);
      }

      @Override
      public HostInsert insert(int o, String text) {
        return map.insert(base + o, text);
      }
    };
  }

  /**
   * A map for SQL taken out of a string literal (or several, concatenated): {@code hostOffsets[i]} is
   * where the i-th SQL character is written in the host file (the start of its escape sequence when it
   * was escaped). Offsets past the end map just after the last character. Fixes may insert words before
   * any character (the host's escaping is not known).
   */
  static OffsetMap table(int[] hostOffsets, int hostEnd) {
    Escaper[] words = new Escaper[hostOffsets.length];
    java.util.Arrays.fill(words, Escaper.WORDS);
    return table(hostOffsets, hostEnd, words, -1);
  }

  /**
   * As {@link #table(int[], int)}, with the escaping of the literal each character is written in
   * ({@code escapers[i]} null: not in a string literal, nothing may be inserted before it) and where text
   * after the last character goes ({@code endOffset}, -1: nowhere).
   */
  static OffsetMap table(int[] hostOffsets, int hostEnd, Escaper[] escapers, int endOffset) {
    int[] copy = hostOffsets.clone();
    List<Escaper> esc = java.util.Arrays.asList(escapers.clone());
    return new OffsetMap() {
      @Override
      public int toHost(int o) {
        if (copy.length == 0) {
          return hostEnd;
        }
        if (o < 0) {
          return copy[0];
        }
        return o < copy.length ? copy[o] : copy[copy.length - 1] + 1;
      }

      @Override
      public HostInsert insert(int o, String text) {
        Escaper e;
        int at;
        if (o >= 0 && o < copy.length) {
          e = esc.get(o);
          at = copy[o];
        } else if (o == copy.length && copy.length > 0 && endOffset >= 0) {
          e = esc.get(copy.length - 1);
          at = endOffset;
        } else {
          return null;
        }
        String escaped = e == null ? null : e.escape(text);
        return escaped == null ? null : new HostInsert(at, escaped);
      }
    };
  }

  /**
   * A map for SQL that Godwit generated from a host construct (a Liquibase XML change, an Alembic
   * {@code op.*} call): every offset lands inside {@code host}, so findings point at the construct. It
   * takes no text edits: the SQL is not written in the host.
   */
  static OffsetMap clamp(Span host) {
    return o -> host.start() + Math.max(0, Math.min(o, Math.max(0, host.length() - 1)));
  }

  /**
   * SQL that Godwit generated from a host construct whose parts point at the arguments they came from
   * ({@code positions}): findings keep those positions, but the map takes no text edits (the SQL is not
   * written in the host), only the construct's own {@code rewrites}.
   */
  static OffsetMap generated(OffsetMap positions, java.util.Map<Rewrite, HostRewrite> rewrites) {
    java.util.Map<Rewrite, HostRewrite> copy = java.util.Map.copyOf(rewrites);
    return new OffsetMap() {
      @Override
      public int toHost(int o) {
        return positions.toHost(o);
      }

      @Override
      public HostRewrite rewrite(Rewrite what) {
        return copy.get(what);
      }
    };
  }

  /** As {@link #clamp}, for a construct that can rewrite itself ({@link #rewrite}). */
  static OffsetMap generated(Span host, java.util.Map<Rewrite, HostRewrite> rewrites) {
    OffsetMap clamp = clamp(host);
    java.util.Map<Rewrite, HostRewrite> copy = java.util.Map.copyOf(rewrites);
    return new OffsetMap() {
      @Override
      public int toHost(int o) {
        return clamp.toHost(o);
      }

      @Override
      public HostRewrite rewrite(Rewrite what) {
        return copy.get(what);
      }
    };
  }
}
