package dev.godwit.format.host;

import dev.godwit.format.ScriptBuilder;
import dev.godwit.format.host.PyTokenizer.Kind;
import dev.godwit.format.host.PyTokenizer.Tok;
import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tokenized Python module with the few structural questions migration readers ask of it. */
public final class PyModule {
  public final String src;
  public final List<Tok> toks = new ArrayList<>();
  public final List<Tok> comments = new ArrayList<>();
  public final Map<String, int[]> constants = new HashMap<>();
  public String unknown;

  public PyModule(String src) {
    this.src = src;
    for (Tok t : PyTokenizer.tokenize(src)) {
      (t.kind() == Kind.COMMENT ? comments : toks).add(t);
    }
    // NAME = <expr> (also NAME: type = <expr>) at any level: last one wins for the module,
    // which is what a reader of a straight-line migration expects
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.lineStart() && t.kind() == Kind.NAME && i + 1 < toks.size()) {
        int eq = i + 1;
        if (toks.get(eq).is(":")) {
          while (eq < toks.size() && !toks.get(eq).is("=") && !toks.get(eq).lineStart()) {
            eq++;
          }
        }
        if (eq < toks.size() && toks.get(eq).is("=")) {
          int end = lineEnd(eq + 1);
          constants.put(t.text(), new int[] {eq + 1, end});
        }
      }
    }
  }

  /** Index just past the logical line that contains token {@code i}. */
  public int lineEnd(int i) {
    int k = i;
    while (k < toks.size() && (k == i || !toks.get(k).lineStart())) {
      k++;
    }
    return k;
  }

  /** Body of {@code def name(...)} at module level: token index range [from, to), or null. */
  public int[] function(String name) {
    for (int i = 0; i + 1 < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.lineStart() && t.is("def") && toks.get(i + 1).is(name)) {
        return block(i);
      }
    }
    return null;
  }

  /** The indented block after the compound statement starting at token {@code head}. */
  public int[] block(int head) {
    int indent = toks.get(head).indent();
    int k = head + 1;
    // the header ends at the first ':' at bracket depth 0
    int depth = 0;
    while (k < toks.size()) {
      Tok t = toks.get(k);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        depth--;
      } else if (t.is(":") && depth == 0) {
        break;
      }
      k++;
    }
    int from = Math.min(k + 1, toks.size());
    int to = from;
    if (from < toks.size() && !toks.get(from).lineStart()) {
      to = lineEnd(from); // one-line body: def f(): pass
      return new int[] {from, to};
    }
    while (to < toks.size() && !(toks.get(to).lineStart() && toks.get(to).indent() <= indent)) {
      to++;
    }
    return new int[] {from, to};
  }

  /** Index of the bracket that closes the one at {@code open}. */
  public int close(int open) {
    int depth = 0;
    for (int k = open; k < toks.size(); k++) {
      Tok t = toks.get(k);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        depth--;
        if (depth == 0) {
          return k;
        }
      }
    }
    return toks.size() - 1;
  }

  /** An argument of a call: keyword (or null) and token range [from, to). */
  public record Arg(String kw, int from, int to) {}

  public List<Arg> args(int open) {
    if (open >= toks.size()) {
      return new ArrayList<>();
    }
    int end = close(open);
    List<Arg> out = new ArrayList<>();
    int start = open + 1;
    int depth = 0;
    boolean closed = toks.get(end).is(")") || toks.get(end).is("]") || toks.get(end).is("}");
    if (!closed) {
      end = toks.size(); // unterminated call: its arguments run to the end of the file
    }
    for (int k = open + 1; k <= end; k++) {
      Tok t = k < toks.size() ? toks.get(k) : null;
      if (t == null) {
        if (k > start) {
          out.add(new Arg(null, start, k));
        }
        break;
      }
      if (k < end && (t.is("(") || t.is("[") || t.is("{"))) {
        depth++;
      } else if (k < end && (t.is(")") || t.is("]") || t.is("}"))) {
        depth--;
      } else if (k == end || (t.is(",") && depth == 0)) {
        if (k > start) {
          if (k - start >= 2 && toks.get(start).kind() == Kind.NAME && toks.get(start + 1).is("=")) {
            out.add(new Arg(toks.get(start).text(), start + 2, k));
          } else {
            out.add(new Arg(null, start, k));
          }
        }
        start = k + 1;
      }
    }
    return out;
  }

  public static Arg kw(List<Arg> args, String name) {
    for (Arg a : args) {
      if (name.equals(a.kw())) {
        return a;
      }
    }
    return null;
  }

  public static Arg pos(List<Arg> args, int i) {
    int n = 0;
    for (Arg a : args) {
      if (a.kw() == null) {
        if (n == i) {
          return a;
        }
        n++;
      }
    }
    return null;
  }

  public String text(int from, int to) {
    to = Math.min(to, toks.size());
    if (from >= to || from < 0) {
      return "";
    }
    return src.substring(toks.get(from).start(), toks.get(to - 1).end());
  }

  public String text(Arg a) {
    return a == null ? null : text(a.from(), a.to());
  }

  public Span span(int from, int to) {
    int f = Math.max(0, Math.min(from, toks.size() - 1));
    int l = Math.max(f, Math.min(to - 1, toks.size() - 1));
    return new Span(toks.get(f).start(), toks.get(l).end());
  }

  /** The string an expression denotes, or null ({@link #unknown} then says what could not be known). */
  public SqlText string(int from, int to, int depth) {
    if (from >= to || depth > 10) {
      return null;
    }
    SqlText out = new SqlText();
    int k = from;
    boolean expectOperand = true;
    while (k < to) {
      Tok t = toks.get(k);
      if (t.kind() == Kind.STRING) {
        if (PyTokenizer.isFString(t) && t.text().contains("{")) {
          unknown = unknown == null ? "the f-string at " + t.text().substring(0, Math.min(20, t.text().length())) : unknown;
          return null;
        }
        out.append(PyTokenizer.value(src, t));
        k++;
        expectOperand = false;
      } else if (t.is("+") && !expectOperand) {
        k++;
        expectOperand = true;
      } else if (t.is("(")) {
        int c = close(k);
        SqlText inner = string(k + 1, c, depth + 1);
        if (inner == null) {
          return null;
        }
        out.append(inner);
        k = c + 1;
        expectOperand = false;
      } else if (t.kind() == Kind.NAME) {
        // text("..."), sa.text("..."), sqlalchemy.text("...") wrap the SQL
        int j = k;
        while (j + 2 < to && toks.get(j + 1).is(".") && toks.get(j + 2).kind() == Kind.NAME) {
          j += 2;
        }
        if (j + 1 < to && toks.get(j + 1).is("(") && toks.get(j).is("text")) {
          int c = close(j + 1);
          SqlText inner = string(j + 2, c, depth + 1);
          if (inner == null) {
            return null;
          }
          out.append(inner);
          k = skipTextMethods(c + 1, to);
          expectOperand = false;
          continue;
        }
        if (j == k && (j + 1 >= to || !toks.get(j + 1).is("("))) {
          int[] c = constants.get(t.text());
          SqlText v = c == null ? null : string(c[0], c[1], depth + 1);
          if (v == null) {
            unknown = unknown == null ? "the variable " + t.text() : unknown;
            return null;
          }
          out.append(v);
          k++;
          expectOperand = false;
          continue;
        }
        unknown = unknown == null ? "the expression " + abbreviate(text(k, to)) : unknown;
        return null;
      } else {
        unknown = unknown == null ? "the expression " + abbreviate(text(k, to)) : unknown;
        return null;
      }
    }
    return out;
  }

  /** Past {@code .bindparams(...)}, {@code .columns(...)}, {@code .execution_options(...)} after {@code text(...)}: they bind values, the SQL stays. */
  private int skipTextMethods(int k, int to) {
    while (k + 2 < to && toks.get(k).is(".") && toks.get(k + 2).is("(") && (toks.get(k + 1).is("bindparams")
        || toks.get(k + 1).is("columns") || toks.get(k + 1).is("execution_options"))) {
      k = close(k + 2) + 1;
    }
    return k;
  }

  public static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }

  /** Statements of the SQL an {@code execute(...)} call runs, or one dynamic-SQL statement. */
  public List<Statement> executed(int callFrom, int open, List<dev.godwit.model.Comment> comments) {
    List<Arg> args = args(open);
    Arg a = pos(args, 0);
    if (a == null) {
      a = kw(args, "sqltext");
    }
    Span call = span(callFrom, close(open) + 1);
    if (a == null) {
      return List.of();
    }
    unknown = null;
    SqlText sql = string(a.from(), a.to(), 0);
    if (sql == null) {
      String why = unknown == null ? "its SQL is built at run time" : "its SQL depends on " + unknown
          + ", which Godwit cannot know";
      return List.of(new Statement(call, "", OffsetMap.clamp(call),
          new Node.DynamicSql(abbreviate(text(callFrom, close(open) + 1)), why), Statement.Origin.RECOGNIZER, 0));
    }
    var parsed = ScriptBuilder.parseText(sql.toString(), sql.map());
    comments.addAll(parsed.comments());
    return parsed.statements();
  }

  /** Python comments as model comments (body without '#'). */
  public List<dev.godwit.model.Comment> comments(Span region) {
    List<dev.godwit.model.Comment> out = new ArrayList<>();
    for (Tok c : comments) {
      if (region == null || (c.start() >= region.start() && c.start() < region.end())) {
        out.add(new dev.godwit.model.Comment(new Span(c.start(), c.end()), c.text().substring(1)));
      }
    }
    return out;
  }
}
