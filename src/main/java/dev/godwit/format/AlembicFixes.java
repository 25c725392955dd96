package dev.godwit.format;

import dev.godwit.format.host.PyModule;
import dev.godwit.format.host.PyTokenizer;
import dev.godwit.format.host.PyTokenizer.Kind;
import dev.godwit.format.host.PyTokenizer.Tok;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.OffsetMap.HostInsert;
import dev.godwit.model.OffsetMap.HostRewrite;
import dev.godwit.model.OffsetMap.Rewrite;
import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fixes for SQL that Godwit generates from Alembic {@code op.*} calls. Such SQL is not written in the
 * file, so a fix never edits it as text; the call is rewritten in Alembic's own terms instead:
 * {@code op.create_index(...)} and {@code op.drop_index(...)} gain {@code postgresql_concurrently=True}, and,
 * outside an {@code autocommit_block()}, move into one:
 * <pre>
 *     with op.get_context().autocommit_block():
 *         op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)
 * </pre>
 * No rewrite is offered where it could not be written cleanly: a call that is not a statement of its own,
 * a call in a {@code batch_alter_table} block, a call holding a multi-line string (re-indenting it would
 * change the string), a call that already passes {@code postgresql_concurrently}.
 */
final class AlembicFixes {
  private AlembicFixes() {}

  /**
   * The map for the statement generated from the call {@code receiver.method(...)} whose name starts at
   * token {@code k} and whose argument list opens at {@code open}.
   *
   * @param autocommit true when the call already runs inside {@code op.get_context().autocommit_block()}
   */
  static OffsetMap map(PyModule py, int k, int open, String receiver, String method, boolean autocommit, Span call) {
    return map(py, k, open, receiver, method, autocommit, OffsetMap.clamp(call));
  }

  /** As above, keeping the positions of {@code positions} (each part of the SQL at the argument it came from). */
  static OffsetMap map(PyModule py, int k, int open, String receiver, String method, boolean autocommit,
      OffsetMap positions) {
    HostRewrite concurrently = receiver.equals("op") && (method.equals("create_index") || method.equals("drop_index"))
        ? concurrently(py, k, open, autocommit) : null;
    return OffsetMap.generated(positions, concurrently == null ? Map.of() : Map.of(Rewrite.CONCURRENTLY, concurrently));
  }

  private static HostRewrite concurrently(PyModule py, int k, int open, boolean autocommit) {
    int close = py.close(open);
    if (close >= py.toks.size() || !py.toks.get(close).is(")")) {
      return null;
    }
    if (PyModule.kw(py.args(open), "postgresql_concurrently") != null) {
      return null;
    }
    List<HostInsert> inserts = new ArrayList<>();
    Tok last = py.toks.get(close - 1);
    if (last.is("(")) {
      return null; // no arguments: not a call Alembic accepts
    }
    String src = py.src;
    // one argument per line, with a trailing comma: the new argument on a line of its own
    String argIndent = null;
    if (last.is(",") && src.substring(last.end(), py.toks.get(close).start()).indexOf('\n') >= 0) {
      int ls = last.start();
      while (ls > 0 && src.charAt(ls - 1) != '\n') {
        ls--;
      }
      int e = ls;
      while (e < last.start() && (src.charAt(e) == ' ' || src.charAt(e) == '\t')) {
        e++;
      }
      argIndent = src.substring(ls, e);
    }
    if (autocommit) {
      inserts.add(kwarg(last, argIndent, ""));
      return new HostRewrite("Add postgresql_concurrently=True", inserts);
    }
    // the call must be a statement of its own: first on its line, nothing after it on the line
    Tok first = py.toks.get(k);
    boolean alone = first.lineStart() && (close + 1 >= py.toks.size() || py.toks.get(close + 1).lineStart());
    if (!alone) {
      return null;
    }
    int lineStart = first.start();
    while (lineStart > 0 && src.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    String indent = src.substring(lineStart, first.start());
    if (!indent.isBlank()) {
      return null; // something else before the call on its line
    }
    for (int t = k; t <= close; t++) {
      Tok x = py.toks.get(t);
      if (x.kind() == Kind.STRING && src.substring(x.start(), x.end()).indexOf('\n') >= 0) {
        return null;
      }
    }
    String step = indent.contains("\t") ? "\t" : "    ";
    inserts.add(kwarg(last, argIndent, step));
    inserts.add(new HostInsert(lineStart, indent + "with op.get_context().autocommit_block():\n" + step));
    int callEnd = py.toks.get(close).end();
    for (int i = first.start(); i < callEnd; i++) {
      if (src.charAt(i) == '\n' && i + 1 < callEnd) {
        int next = i + 1;
        int e = next;
        while (e < src.length() && (src.charAt(e) == ' ' || src.charAt(e) == '\t')) {
          e++;
        }
        if (e < src.length() && src.charAt(e) != '\n' && src.charAt(e) != '\r') {
          inserts.add(new HostInsert(next, step));
        }
      }
    }
    inserts.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return new HostRewrite("Add postgresql_concurrently=True and run the call in op.get_context().autocommit_block()",
        inserts);
  }

  /** {@code postgresql_concurrently=True} after the call's last argument token {@code last}. */
  private static HostInsert kwarg(Tok last, String argIndent, String step) {
    if (argIndent != null) {
      return new HostInsert(last.end(), "\n" + step + argIndent + "postgresql_concurrently=True,");
    }
    return new HostInsert(last.end(), last.is(",") ? " postgresql_concurrently=True," : ", postgresql_concurrently=True");
  }
}
