package dev.godwit.parse;

import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;

/**
 * Maps a JSqlParser AST to the model for statements JSqlParser accepted but the recognizer did not
 * model (it is stricter). Flags JSqlParser loses are re-read from the tokens.
 */
final class AstMapper {
  private AstMapper() {}

  /** The node, or null when nothing meaningful can be mapped. */
  static Node map(Statement ast, List<Tok> toks) {
    if (ast instanceof CreateIndex ci && ci.getTable() != null) {
      String name = ci.getIndex() == null ? null : ci.getIndex().getName();
      String type = ci.getIndex() == null ? null : ci.getIndex().getType();
      boolean unique = type != null && type.toUpperCase(Locale.ROOT).contains("UNIQUE")
          || toks.size() > 1 && toks.get(1).is("unique");
      boolean concurrently = ci.isConcurrently();
      for (Tok k : toks) {
        if (k.is("on")) {
          break;
        }
        concurrently |= k.is("concurrently");
      }
      boolean partial = ci.getWhere() != null;
      if (ci.getTailParameters() != null) {
        for (String s : ci.getTailParameters()) {
          partial |= s.equalsIgnoreCase("WHERE");
        }
      }
      List<String> cols = new ArrayList<>();
      if (ci.getIndex() != null && ci.getIndex().getColumnsNames() != null) {
        for (String c : ci.getIndex().getColumnsNames()) {
          cols.add(ident(c));
        }
      }
      String using = ci.getIndex() == null ? null : ci.getIndex().getUsing();
      return new Node.CreateIndex(name == null ? null : qname(name), table(ci.getTable()), unique, concurrently,
          ci.isUsingIfNotExists(), ci.isOnly(), using == null ? null : ident(using), cols, partial);
    }
    return null;
  }

  private static QualifiedName table(Table t) {
    String schema = t.getSchemaName();
    return new QualifiedName(schema == null ? null : ident(schema), ident(t.getName()));
  }

  private static QualifiedName qname(String dotted) {
    int dot = dotted.lastIndexOf('.');
    if (dot > 0 && !dotted.endsWith("\"")) {
      return new QualifiedName(ident(dotted.substring(0, dot)), ident(dotted.substring(dot + 1)));
    }
    return QualifiedName.of(ident(dotted));
  }

  /** PostgreSQL folding: quoted keeps case (with "" unescaped), unquoted goes to lower case. */
  static String ident(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
