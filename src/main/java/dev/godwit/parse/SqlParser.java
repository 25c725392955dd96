package dev.godwit.parse;

import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Statement;

/** Placeholder until the real parser lands: every statement is unparsed. */
public final class SqlParser {
  public Statement parse(String sql, OffsetMap map, int index) {
    return new Statement(map.toHost(0, sql.length()), sql, map, new Node.Unparsed("parser not available", null),
        Statement.Origin.UNPARSED, index);
  }
}
