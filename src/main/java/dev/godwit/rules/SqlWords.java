package dev.godwit.rules;

import dev.godwit.model.Statement;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Edit;
import dev.godwit.rule.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The leading words of a statement with their positions, for fixes that insert a keyword (IF NOT EXISTS,
 * CONCURRENTLY) at a fixed place in the statement's grammar. Works on the statement's SQL text and maps
 * positions back to the host file, so it also serves SQL held in Java or Python string literals. Skips
 * whitespace and comments; a quoted identifier or string is one word.
 */
final class SqlWords {
  /** One word: upper-cased text (quoted identifiers as written) and its offsets in the statement's SQL. */
  record Word(String text, int start, int end) {}

  private final Statement statement;
  private final List<Word> words;

  private SqlWords(Statement statement, List<Word> words) {
    this.statement = statement;
    this.words = words;
  }

  /** The first {@code max} words of a statement. */
  static SqlWords of(Statement statement, int max) {
    String sql = statement.sql();
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n && out.size() < max) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int depth = 0;
        do {
          if (sql.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (sql.startsWith("*/", i)) {
            depth--;
            i += 2;
          } else {
            i++;
          }
        } while (i < n && depth > 0);
      } else if (c == '"' || c == '\'') {
        int start = i++;
        while (i < n) {
          if (sql.charAt(i) == c) {
            if (i + 1 < n && sql.charAt(i + 1) == c) {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        out.add(new Word(sql.substring(start, i), start, i));
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        out.add(new Word(sql.substring(start, i).toUpperCase(Locale.ROOT), start, i));
      } else {
        out.add(new Word(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return new SqlWords(statement, out);
  }

  int size() {
    return words.size();
  }

  /** The word at {@code i}, or null past the end. */
  String text(int i) {
    return i >= 0 && i < words.size() ? words.get(i).text() : null;
  }

  boolean is(int i, String... any) {
    String t = text(i);
    if (t != null) {
      for (String a : any) {
        if (a.equals(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Index of the first word at or after {@code from} that is {@code word}, or -1. */
  int find(int from, String word) {
    for (int i = Math.max(0, from); i < words.size(); i++) {
      if (words.get(i).text().equals(word)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the word that starts at a host-file offset (e.g. an ALTER TABLE action's span), or -1. */
  int atHost(int hostOffset) {
    for (int i = 0; i < words.size(); i++) {
      if (hostStart(i) == hostOffset) {
        return i;
      }
    }
    return -1;
  }

  /** First index at or after {@code from} whose word is not one of {@code skip}. */
  int skip(int from, String... skip) {
    int i = from;
    while (is(i, skip)) {
      i++;
    }
    return i;
  }

  int hostStart(int i) {
    return statement.map().toHost(words.get(i).start());
  }

  int hostEnd(int i) {
    Word w = words.get(i);
    return statement.map().toHost(w.end() - 1) + 1;
  }

  /**
   * A fix inserting {@code text} (e.g. "IF NOT EXISTS ") just before word {@code i}; null when there is none,
   * or when the host cannot take the text there (see {@link dev.godwit.model.OffsetMap#insert}).
   */
  Fix insertBefore(int i, String text, String title, Applicability applicability) {
    if (i < 0 || i >= words.size()) {
      return null;
    }
    return insertAt(words.get(i).start(), text, title, applicability);
  }

  /**
   * A fix inserting {@code text} (e.g. " CONCURRENTLY") just after word {@code i}; null when there is none,
   * or when the host cannot take the text there.
   */
  Fix insertAfter(int i, String text, String title, Applicability applicability) {
    if (i < 0 || i >= words.size()) {
      return null;
    }
    return insertAt(words.get(i).end(), text, title, applicability);
  }

  /**
   * The host construct's own rewrite for {@code what} when the statement was generated from one (an Alembic
   * {@code op.create_index} call), as a fix; null when it has none.
   */
  Fix hostRewrite(dev.godwit.model.OffsetMap.Rewrite what, Applicability applicability) {
    dev.godwit.model.OffsetMap.HostRewrite r = statement.map().rewrite(what);
    if (r == null) {
      return null;
    }
    List<Edit> edits = new ArrayList<>();
    for (dev.godwit.model.OffsetMap.HostInsert i : r.inserts()) {
      edits.add(Edit.insert(i.offset(), i.text()));
    }
    return new Fix(r.title(), applicability, edits);
  }

  private Fix insertAt(int sqlOffset, String text, String title, Applicability applicability) {
    dev.godwit.model.OffsetMap.HostInsert at = statement.map().insert(sqlOffset, text);
    return at == null ? null : new Fix(title, applicability, List.of(Edit.insert(at.offset(), at.text())));
  }
}
