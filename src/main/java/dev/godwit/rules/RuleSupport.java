package dev.godwit.rules;

import dev.godwit.model.Direction;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.Span;
import dev.godwit.model.SourceFile;
import dev.godwit.rule.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small helpers shared by the rules of this package. */
final class RuleSupport {
  private RuleSupport() {}

  /** True when an object of {@code kind} named {@code name} was created before {@code statement} in this migration. */
  static boolean createdEarlier(ObjectKind kind, QualifiedName name, Statement statement, RuleContext ctx) {
    if (kind == ObjectKind.TABLE) {
      return ctx.createdInMigration(name, statement);
    }
    Migration m = ctx.migration();
    if (m == null || name == null) {
      return false;
    }
    Script current = ctx.script();
    List<Script> scripts = current != null && current.direction() == Direction.DOWN ? m.down() : m.up();
    for (Script s : scripts) {
      for (Statement st : s.statements()) {
        if (s == current && st.index() >= statement.index()) {
          return false;
        }
        if (kind == ObjectKind.INDEX && st.node() instanceof Node.CreateIndex ci && ci.name() != null
            && ci.name().sameAs(name)) {
          return true;
        }
        if (st.node() instanceof Node.CreateObject co && co.kind() == kind && co.name() != null
            && co.name().sameAs(name)) {
          return true;
        }
      }
      if (s == current) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code table} is one of the configured immutable tables. */
  static boolean immutable(QualifiedName table, RuleContext ctx) {
    Set<String> configured = ctx.immutableTables();
    if (table == null || configured.isEmpty()) {
      return false;
    }
    for (String entry : configured) {
      String e = entry.trim();
      int dot = e.lastIndexOf('.');
      QualifiedName q = dot < 0 ? QualifiedName.of(fold(e)) : new QualifiedName(fold(e.substring(0, dot)),
          fold(e.substring(dot + 1)));
      if (q.sameAs(table)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String identifier) {
    if (identifier.length() >= 2 && identifier.startsWith("\"") && identifier.endsWith("\"")) {
      return identifier.substring(1, identifier.length() - 1);
    }
    return identifier.toLowerCase(Locale.ROOT);
  }

  /** 1-based line of a statement, for messages that point back to an earlier statement. */
  /**
   * True when the script runs a statement after {@code statement} (after its DO block, for a statement
   * inside one): one that can fail after {@code statement} took effect.
   */
  static boolean hasLaterStatement(Statement statement, RuleContext ctx) {
    if (ctx.script() == null) {
      return true;
    }
    int after = statement.embedding() != null ? statement.embedding().hostIndex() : statement.index();
    for (Statement st : ctx.script().statements()) {
      if (st.index() > after && !st.embedded() && st.origin() != Statement.Origin.META) {
        return true;
      }
    }
    return false;
  }

  static int line(Statement statement, RuleContext ctx) {
    return ctx.script().file().lines().line(statement.span().start());
  }

  /**
   * Parses a lock_timeout / statement_timeout value to milliseconds: {@code '5s'}, {@code 5000},
   * {@code '1min'}; null for DEFAULT or anything unreadable.
   */
  static Long millis(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
      v = v.substring(1, v.length() - 1).trim();
    }
    v = v.toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(us|ms|s|min|h|d)?").matcher(v);
    if (!m.matches()) {
      return null;
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "ms" : m.group(2);
    double factor = switch (unit) {
      case "us" -> 0.001;
      case "s" -> 1000;
      case "min" -> 60_000;
      case "h" -> 3_600_000;
      case "d" -> 86_400_000;
      default -> 1;
    };
    return Math.round(n * factor);
  }

  /**
   * The statements of the transaction {@code statement} runs in, in order (transaction control left out);
   * just {@code statement} when it runs outside a transaction block.
   */
  static List<Statement> sameTransaction(Statement statement, RuleContext ctx) {
    List<Statement> all = ctx.script().statements();
    int i = statement.index();
    if (!ctx.transaction(statement).inTransaction()) {
      return List.of(statement);
    }
    int block = ctx.transaction(statement).block();
    int from = i;
    while (from > 0) {
      Statement prev = all.get(from - 1);
      if (!ctx.transaction(prev).inTransaction() || ctx.transaction(prev).block() != block || endsTransaction(prev)) {
        break;
      }
      from--;
      if (!prev.embedded() && prev.node() instanceof Node.Transaction t && t.kind() == Node.TxKind.BEGIN) {
        break;
      }
    }
    int to = i;
    while (to + 1 < all.size() && !endsTransaction(all.get(to)) && ctx.transaction(all.get(to + 1)).inTransaction()
        && ctx.transaction(all.get(to + 1)).block() == block
        && !(all.get(to + 1).node() instanceof Node.Transaction t && t.kind() == Node.TxKind.BEGIN
        && !all.get(to + 1).embedded() && ctx.transaction(all.get(to + 1)).explicit())) {
      to++;
    }
    List<Statement> out = new java.util.ArrayList<>();
    for (int k = from; k <= to; k++) {
      if (!(all.get(k).node() instanceof Node.Transaction)) {
        out.add(all.get(k));
      }
    }
    return out;
  }

  private static boolean endsTransaction(Statement st) {
    return !st.embedded() && st.node() instanceof Node.Transaction t
        && (t.kind() == Node.TxKind.COMMIT || t.kind() == Node.TxKind.ROLLBACK || t.kind() == Node.TxKind.PREPARE);
  }

  /** The line of {@code f} that holds offset {@code from} (the first line: 0), without its line break. */
  static Span lineAt(SourceFile f) {
    return lineAt(f, 0);
  }

  static Span lineAt(SourceFile f, int from) {
    String t = f.text();
    int s = Math.min(Math.max(0, from), t.length());
    int e = t.indexOf('\n', s);
    e = e < 0 ? t.length() : e;
    if (e > s && t.charAt(e - 1) == '\r') {
      e--;
    }
    return new Span(s, e);
  }}
