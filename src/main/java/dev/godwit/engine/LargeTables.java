package dev.godwit.engine;

import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Project;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.rule.Finding;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code large-tables} hint of the configuration: a finding of a rule tagged {@code locking} on a
 * statement that works on one of those tables is raised to error, and its message says why.
 */
public final class LargeTables {
  private LargeTables() {}

  public static LintResult raise(LintResult result, Project project, Set<String> largeTables) {
    if (largeTables.isEmpty()) {
      return result;
    }
    Map<String, RuleInfo> rules = new HashMap<>();
    for (RuleInfo r : result.rules()) {
      rules.put(r.id(), r);
    }
    Map<String, List<Statement>> byPath = new HashMap<>();
    for (Migration m : project.migrations()) {
      List<Script> all = new ArrayList<>(m.up());
      all.addAll(m.down());
      for (Script s : all) {
        byPath.computeIfAbsent(s.file().path(), k -> new ArrayList<>()).addAll(s.statements());
      }
    }
    List<Finding> out = new ArrayList<>(result.findings().size());
    boolean changed = false;
    for (Finding f : result.findings()) {
      RuleInfo info = rules.get(f.ruleId());
      String table = null;
      if (f.severity() != Severity.ERROR && info != null && List.of(info.tags()).contains("locking")) {
        Statement st = statementAt(byPath.getOrDefault(f.path(), List.of()), f.span().start());
        table = st == null ? null : large(tables(st.node()), largeTables);
      }
      if (table == null) {
        out.add(f);
      } else {
        changed = true;
        out.add(new Finding(f.ruleId(), Severity.ERROR, f.path(), f.file(), f.span(),
            f.message() + " (" + table + " is listed in large-tables)", f.help(), f.fix(), f.suppression()));
      }
    }
    return changed ? Scope.withFindings(result, out) : result;
  }

  private static Statement statementAt(List<Statement> statements, int offset) {
    for (Statement st : statements) {
      if (st.span().start() <= offset && offset < Math.max(st.span().end(), st.span().start() + 1)) {
        return st;
      }
    }
    return null;
  }

  /** The first of {@code tables} that the list names. */
  private static String large(List<QualifiedName> tables, Set<String> largeTables) {
    for (QualifiedName t : tables) {
      if (t == null) {
        continue;
      }
      String name = t.name().toLowerCase(Locale.ROOT);
      String schema = t.schema() == null ? "public" : t.schema().toLowerCase(Locale.ROOT);
      for (String l : largeTables) {
        String want = l.toLowerCase(Locale.ROOT);
        int dot = want.lastIndexOf('.');
        // "orders" names the table in any schema; "billing.orders" only that one ("public" when unwritten)
        if (dot < 0 ? want.equals(name) : want.substring(0, dot).equals(schema) && want.substring(dot + 1).equals(name)) {
          return t.toString();
        }
      }
    }
    return null;
  }

  /** The tables a statement works on, as far as its node says. */
  static List<QualifiedName> tables(Node node) {
    if (node instanceof Node.CreateIndex n) {
      return listOf(n.table());
    } else if (node instanceof Node.AlterTable n) {
      return listOf(n.table());
    } else if (node instanceof Node.Drop n && n.kind() == ObjectKind.TABLE) {
      return n.names();
    } else if (node instanceof Node.Reindex n && n.target() == ObjectKind.TABLE) {
      return listOf(n.name());
    } else if (node instanceof Node.LockTable n) {
      return n.tables();
    } else if (node instanceof Node.Truncate n) {
      return n.tables();
    } else if (node instanceof Node.Dml n) {
      return listOf(n.table());
    } else if (node instanceof Node.Maintenance n) {
      return listOf(n.table());
    } else if (node instanceof Node.CreateTrigger n) {
      return listOf(n.table());
    }
    return List.of();
  }

  private static List<QualifiedName> listOf(QualifiedName n) {
    return n == null ? List.of() : List.of(n);
  }
}
