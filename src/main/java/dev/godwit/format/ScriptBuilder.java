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
