package dev.godwit.format;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.parse.SqlParser;
import dev.godwit.source.RawStatement;
import dev.godwit.source.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the static SQL inside DO blocks and SQL / PL/pgSQL routine bodies and turns it into extra
 * {@link Statement}s, placed right after their host statement, with spans in the host file and an
 * {@link Statement.Embedding} that says where they came from. Dynamic {@code EXECUTE} in a DO block
 * becomes a statement of node {@code Other("EXECUTE")}, for the rule that says it was not analyzed.
 *
 * <p>Only bodies whose text is the host file's text verbatim (dollar-quoted) are read, so every offset
 * maps back by a shift. Pieces the parser does not understand are left out: PL/pgSQL control flow,
 * assignments, {@code SELECT ... INTO} and the like are not SQL statements of their own.
 */
final class EmbeddedSql {
  /** Statements of a DO block that run when the migration runs. */
  private static final Set<String> DO_STARTS = Set.of("alter", "create", "drop", "update", "delete", "insert",
      "truncate", "set", "reset", "lock", "reindex", "cluster", "refresh", "comment", "grant", "revoke", "merge",
      "analyze", "execute");
  /** Of a routine body, only DDL: its DML is the application's logic, run when the routine is called. */
  private static final Set<String> ROUTINE_STARTS = Set.of("alter", "create", "drop", "reindex");
  /** PL/pgSQL words after which a new statement may start. */
  private static final Set<String> OPENERS = Set.of("begin", "then", "else", "loop");
  /** PL/pgSQL words that start a condition: a statement after them runs only sometimes. */
  private static final Set<String> CONDITIONS = Set.of("if", "elsif", "case", "when", "while", "for", "foreach",
      "loop", "exception");
  private static final Pattern LANGUAGE = Pattern.compile("(?is)\\blanguage\\s+'?\"?(plpgsql|sql)\\b");
  private static final Pattern DOLLAR = Pattern.compile("\\$([A-Za-z_][A-Za-z_0-9]*)?\\$");

  /**
   * Bodies longer than this (4 MiB: generated data loads, not hand-written DDL) are not searched, so that
   * memory stays bounded by the file; the host statement itself is still analyzed.
   */
  static final int MAX_BODY = 4 << 20;

  private EmbeddedSql() {}

  /** {@code statements} with the statements embedded in them inserted after each host, renumbered. */
  static List<Statement> expand(SourceFile file, List<Statement> statements, SqlParser parser) {
    List<Statement> out = new ArrayList<>(statements.size());
    boolean any = false;
    for (Statement host : statements) {
      int hostIndex = out.size();
      out.add(host.index() == hostIndex ? host : host.withIndex(hostIndex));
      List<Statement> inner = embedded(file, host, hostIndex, parser);
      for (Statement st : inner) {
        out.add(st.withIndex(out.size()));
      }
      any |= !inner.isEmpty();
    }
    return any ? out : statements;
  }

  static List<Statement> embedded(SourceFile file, Statement host, int hostIndex, SqlParser parser) {
    try {
      if (host.node() instanceof Node.DoBlock block) {
        Span body = block.bodySpan();
        if (body == null || body.end() > file.text().length() || body.length() > MAX_BODY
            || block.body().length() != body.length()
            || !file.text().regionMatches(body.start(), block.body(), 0, body.length())) {
          return List.of();
        }
        return pieces(file, body, Statement.Embedding.Kind.DO_BLOCK, hostIndex, parser);
      }
      if (host.node() instanceof Node.CreateObject co
          && (co.kind() == ObjectKind.FUNCTION || co.kind() == ObjectKind.PROCEDURE)) {
        Span body = routineBody(file, host);
        return body == null || body.length() > MAX_BODY ? List.of() : pieces(file, body, Statement.Embedding.Kind.ROUTINE_BODY, hostIndex, parser);
      }
    } catch (RuntimeException e) {
      return List.of(); // never let a body Godwit misreads hide the host statement's own findings
    }
    return List.of();
  }

  /** The host-file span of a dollar-quoted SQL or PL/pgSQL routine body, or null. */
  private static Span routineBody(SourceFile file, Statement host) {
    String text = file.slice(host.span());
    if (!LANGUAGE.matcher(text).find()) {
      return null;
    }
    Matcher m = DOLLAR.matcher(text);
    while (m.find()) {
      // the body follows AS; skip dollar signs in parameter names such as $1
      String before = text.substring(0, m.start()).stripTrailing().toLowerCase(Locale.ROOT);
      if (!before.endsWith("as")) {
        continue;
      }
      String tag = m.group();
      int close = text.indexOf(tag, m.end());
      if (close < 0) {
        return null;
      }
      return new Span(host.span().start() + m.end(), host.span().start() + close);
    }
    return null;
  }

  private static List<Statement> pieces(SourceFile file, Span body, Statement.Embedding.Kind kind, int hostIndex,
      SqlParser parser) {
    List<Statement> out = new ArrayList<>();
    String text = file.text();
    Set<String> starts = kind == Statement.Embedding.Kind.DO_BLOCK ? DO_STARTS : ROUTINE_STARTS;
    int depth = 0; // open IF / LOOP / CASE / exception blocks, roughly
    for (RawStatement raw : StatementSplitter.split(text, body.start(), body.end()).statements()) {
      if (raw.meta() || raw.problem() != null) {
        continue;
      }
      Start start = findStart(text, raw.span(), starts);
      depth = Math.max(0, depth + start.opened - start.closed);
      if (start.offset < 0) {
        continue;
      }
      boolean conditional = depth > 0 || start.conditional;
      String word = start.word;
      int from = start.offset;
      int to = raw.span().end();
      String sql = text.substring(from, to);
      OffsetMap map = OffsetMap.shift(from);
      Statement.Embedding embedding = new Statement.Embedding(kind, hostIndex, conditional);
      if (word.equals("execute")) {
        Statement literal = staticExecute(sql, from, embedding, hostIndex, parser);
        if (literal != null) {
          out.add(literal);
          continue;
        }
        out.add(new Statement(new Span(from, to), sql, map, new Node.Other("EXECUTE"), Statement.Origin.RECOGNIZER,
            hostIndex, embedding));
        continue;
      }
      Statement parsed = parser.parse(sql, map, hostIndex);
      if (!parsed.parsed() || parsed.node() instanceof Node.Unparsed || parsed.node() instanceof Node.Transaction) {
        continue;
      }
      out.add(new Statement(parsed.span(), parsed.sql(), parsed.map(), parsed.node(), parsed.origin(), hostIndex,
          embedding));
    }
    return out;
  }

  private static final Pattern EXECUTE_LITERAL = Pattern.compile("(?is)execute\\s+'([^']*)'\\s*");

  /**
   * {@code EXECUTE 'one statement'} with a plain literal (no doubled quotes, no concatenation) is static
   * SQL after all: parse the literal, mapped to its place in the host file. Null when it is not that.
   */
  private static Statement staticExecute(String sql, int from, Statement.Embedding embedding, int hostIndex,
      SqlParser parser) {
    Matcher m = EXECUTE_LITERAL.matcher(sql);
    if (!m.matches() || m.group(1).isBlank()) {
      return null;
    }
    String inner = m.group(1);
    Statement parsed = parser.parse(inner, OffsetMap.shift(from + m.start(1)), hostIndex);
    if (!parsed.parsed() || parsed.node() instanceof Node.Unparsed || parsed.node() instanceof Node.Transaction) {
      return null;
    }
    return new Statement(parsed.span(), parsed.sql(), parsed.map(), parsed.node(), parsed.origin(), hostIndex,
        embedding);
  }

  /** Where a SQL statement starts inside one ';'-separated piece of PL/pgSQL, and how blocks nest around it. */
  private record Start(int offset, String word, boolean conditional, int opened, int closed) {}

  private static Start findStart(String text, Span piece, Set<String> starts) {
    boolean atStart = true;
    boolean conditional = false;
    int opened = 0;
    int closed = 0;
    int parens = 0;
    String prev = "";
    int i = piece.start();
    int end = piece.end();
    while (i < end) {
      char c = text.charAt(i);
      if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
        while (i < end && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '/' && i + 1 < end && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        i = close < 0 || close >= end ? end : close + 2;
        continue;
      }
      if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < end && !(text.charAt(j) == c && (j + 1 >= end || text.charAt(j + 1) != c))) {
          j += text.charAt(j) == c ? 2 : 1;
        }
        i = j + 1;
        atStart = false;
        prev = "";
        continue;
      }
      if (c == '$') {
        Matcher m = DOLLAR.matcher(text).region(i, end);
        if (m.lookingAt()) {
          int close = text.indexOf(m.group(), m.end());
          i = close < 0 || close >= end ? end : close + m.group().length();
          atStart = false;
          continue;
        }
      }
      if (c == '(') {
        parens++;
        atStart = false;
        i++;
        continue;
      }
      if (c == ')') {
        parens = Math.max(0, parens - 1);
        i++;
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
          j++;
        }
        String w = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (parens == 0) {
          if (atStart && starts.contains(w)) {
            return new Start(i, w, conditional, opened, closed);
          }
          if (prev.equals("end") && (w.equals("if") || w.equals("loop") || w.equals("case"))) {
            closed++;
          } else if (w.equals("if") || w.equals("case") || w.equals("loop") && !prev.equals("end")
              || w.equals("exception")) {
            opened++;
          }
          if (CONDITIONS.contains(w)) {
            conditional = true;
          }
          atStart = OPENERS.contains(w);
          prev = w;
        }
        i = j;
        continue;
      }
      if (!Character.isWhitespace(c)) {
        atStart = false;
        prev = "";
      }
      i++;
    }
    return new Start(-1, "", conditional, opened, closed);
  }
}
