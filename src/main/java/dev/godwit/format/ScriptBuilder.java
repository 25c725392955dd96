package dev.godwit.format;

import dev.godwit.model.Comment;
import dev.godwit.model.Direction;
import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import dev.godwit.model.Script;
import dev.godwit.parse.SqlParser;
import dev.godwit.source.RawStatement;
import dev.godwit.source.SplitResult;
import dev.godwit.source.StatementSplitter;
import java.util.ArrayList;
import java.util.List;

/** Splits and parses the SQL of a file region into a {@link Script}. */
public final class ScriptBuilder {
  private static final ThreadLocal<SqlParser> PARSER = ThreadLocal.withInitial(SqlParser::new);

  private ScriptBuilder() {}

  /** Statements and comments of {@code region} of a SQL file. */
  public static Parsed parse(SourceFile file, Span region) {
    SplitResult split = StatementSplitter.split(file.text(), region.start(), region.end());
    List<Statement> statements = new ArrayList<>(split.statements().size());
    SqlParser parser = PARSER.get();
    for (RawStatement raw : split.statements()) {
      int index = statements.size();
      String sql = file.text().substring(raw.span().start(), raw.span().end());
      OffsetMap map = OffsetMap.shift(raw.span().start());
      Statement st;
      if (raw.meta()) {
        String command = sql.split("\\s+", 2)[0];
        st = new Statement(raw.span(), sql, map, new Node.PsqlCommand(command), Statement.Origin.META, index);
      } else if (raw.problem() != null) {
        var lines = file.lines();
        String reason = raw.problem() + " starting at line " + lines.line(raw.problemAt()) + ", column "
            + lines.column(raw.problemAt()) + ": the rest of the file is part of this statement";
        st = new Statement(raw.span(), sql, map,
            new Node.Unparsed(reason, new Span(raw.problemAt(), Math.min(raw.problemAt() + 1, raw.span().end()))),
            Statement.Origin.UNPARSED, index);
      } else {
        st = parser.parse(sql, map, index);
      }
      statements.add(st);
    }
    return new Parsed(statements, split.comments(), EmbeddedSql.expand(file, statements, parser));
  }

  /**
   * Statements and comments of SQL that is not the host file's own text (SQL taken out of a Java or
   * Python string literal, or generated from an XML change): {@code map} takes offsets in {@code sql}
   * to the host file, so every span of the result is a host span.
   */
  public static Parsed parseText(String sql, OffsetMap map) {
    SplitResult split = StatementSplitter.split(sql);
    List<Statement> statements = new ArrayList<>(split.statements().size());
    SqlParser parser = PARSER.get();
    for (RawStatement raw : split.statements()) {
      int index = statements.size();
      int base = raw.span().start();
      String text = sql.substring(base, raw.span().end());
      OffsetMap m = OffsetMap.from(map, base);
      Span host = m.toHost(0, text.length());
      Statement st;
      if (raw.meta()) {
        st = new Statement(host, text, m, new Node.PsqlCommand(text.split("\\s+", 2)[0]), Statement.Origin.META, index);
      } else if (raw.problem() != null) {
        int at = map.toHost(raw.problemAt());
        st = new Statement(host, text, m, new Node.Unparsed(raw.problem() + ": the rest of the string is part of"
            + " this statement", new Span(at, at + 1)), Statement.Origin.UNPARSED, index);
      } else {
        st = parser.parse(text, m, index);
      }
      statements.add(st);
    }
    List<Comment> comments = new ArrayList<>();
    for (Comment c : split.comments()) {
      comments.add(new Comment(map.toHost(c.span().start(), c.span().end()), c.body()));
    }
    return new Parsed(statements, comments);
  }

  /** One statement Godwit wrote itself for a host construct (an XML change, an {@code op.*} call). */
  public static Statement synthetic(String sql, Span host) {
    return synthetic(sql, OffsetMap.clamp(host));
  }

  /** A statement Godwit wrote itself, with a map that sends each part of it to the construct it came from. */
  public static Statement synthetic(String sql, OffsetMap map) {
    return PARSER.get().parse(sql, map, 0);
  }

  /** The same statement at another position of its script. */
  public static Statement at(Statement s, int index) {
    return s.index() == index ? s : s.withIndex(index);
  }

  /** Renumbers statements gathered from several pieces into one script. */
  public static List<Statement> renumber(List<Statement> statements) {
    List<Statement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      out.add(at(s, out.size()));
    }
    return out;
  }

  /**
   * What {@link #parse} found.
   *
   * @param statements the script's own statements
   * @param withEmbedded the same, each followed by the statements found in its DO block or routine body
   *     ({@link EmbeddedSql}); this is what the script holds
   */
  public record Parsed(List<Statement> statements, List<Comment> comments, List<Statement> withEmbedded) {
    public Parsed(List<Statement> statements, List<Comment> comments) {
      this(statements, comments, statements);
    }

    public Script script(SourceFile file, Direction direction, Span region, TxMode mode, String reason) {
      return new Script(file, direction, region, withEmbedded, comments, mode, reason);
    }
  }

  public static Span whole(SourceFile file) {
    return new Span(0, file.text().length());
  }
}
