package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Project;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.schema.Index;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A foreign key whose referencing columns no index ever covers, in the whole replayed history. */
@RuleInfo(
    id = "require-index-for-foreign-key",
    summary = "Foreign key without an index on its referencing columns",
    severity = Severity.NOTE,
    rationale =
        "PostgreSQL does not index the referencing side of a foreign key. Without such an index every DELETE,"
            + " and every key UPDATE, on the referenced table scans the referencing table to find dependent rows"
            + " (and ON DELETE CASCADE deletes them one slow scan at a time).",
    safeAlternative =
        "Create an index whose leading columns are the foreign key's columns, with CREATE INDEX CONCURRENTLY on"
            + " an existing table.",
    checksDownScripts = false,
    tags = {"index", "constraint", "schema"})
public final class RequireIndexForForeignKeyRule extends StatementRule<Node> {
  public RequireIndexForForeignKeyRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    if (node instanceof Node.CreateTable ct && ct.table() != null && !ct.temporary() && !ct.asSelect()
        && ct.partitionOf() == null) {
      for (TableConstraint c : ct.constraints()) {
        if (c.kind() == TableConstraint.Kind.FOREIGN_KEY) {
          checkKey(ct.table(), c.columns(), c.referencedTable(), c.span(), ownIndexes(ct), statement, ctx, true);
        }
      }
      for (ColumnDef col : ct.columns()) {
        if (col.references() != null) {
          checkKey(ct.table(), List.of(col.name()), col.references(), col.span(), ownIndexes(ct), statement, ctx, true);
        }
      }
    } else if (node instanceof Node.AlterTable at && at.table() != null) {
      for (AlterAction a : at.actions()) {
        if (a instanceof AlterAction.AddConstraint add && add.constraint() != null
            && add.constraint().kind() == TableConstraint.Kind.FOREIGN_KEY) {
          checkKey(at.table(), add.constraint().columns(), add.constraint().referencedTable(), a.span(),
              List.of(), statement, ctx, false);
        } else if (a instanceof AlterAction.AddColumn add && add.column() != null && add.column().references() != null) {
          checkKey(at.table(), List.of(add.column().name()), add.column().references(), a.span(), List.of(),
              statement, ctx, false);
        }
      }
    }
  }

  /** Column lists of the PRIMARY KEY and UNIQUE constraints a CREATE TABLE declares. */
  private static List<List<String>> ownIndexes(Node.CreateTable ct) {
    List<List<String>> out = new java.util.ArrayList<>();
    for (TableConstraint c : ct.constraints()) {
      if (c.kind() == TableConstraint.Kind.PRIMARY_KEY || c.kind() == TableConstraint.Kind.UNIQUE) {
        out.add(c.columns());
      }
    }
    for (ColumnDef col : ct.columns()) {
      if (col.primaryKey() || col.unique()) {
        out.add(List.of(col.name()));
      }
    }
    return out;
  }

  private static void checkKey(QualifiedName table, List<String> columns, QualifiedName referenced, Span span,
      List<List<String>> own, Statement statement, RuleContext ctx, boolean creating) {
    if (columns.isEmpty() || !ctx.schema().enabled()) {
      return;
    }
    if (!creating) {
      // Only a table whose whole history Godwit read can be said to lack an index.
      Optional<Table> t = ctx.schema().table(table);
      if (t.isEmpty() || !t.get().knowsAllColumns()) {
        return;
      }
      for (Index i : ctx.schema().indexesOn(table)) {
        if (i.leadsWith(columns)) {
          return;
        }
      }
      // The same key re-added (dropped and added again in one statement): reported where it was first added.
      if (t.get().constraints().stream().anyMatch(c -> c.kind() == TableConstraint.Kind.FOREIGN_KEY
          && new HashSet<>(c.columns()).equals(new HashSet<>(columns)))) {
        return;
      }
    }
    for (List<String> cols : own) {
      if (leads(cols, columns)) {
        return;
      }
    }
    if (indexedLater(table, columns, statement, ctx)) {
      return;
    }
    ctx.report(span, "Foreign key on " + table + " (" + String.join(", ", columns) + ")"
        + (referenced == null ? "" : " referencing " + referenced) + " has no index leading with "
        + String.join(", ", columns) + " anywhere in the migration history: every DELETE or key UPDATE on "
        + (referenced == null ? "the referenced table" : referenced.toString()) + " scans " + table
        + " for dependent rows.")
        .help("CREATE INDEX CONCURRENTLY ON " + table + " (" + String.join(", ", columns) + ")"
            + (creating ? "; on a table created in this migration a plain CREATE INDEX is fine." : "."));
  }

  private static boolean leads(List<String> indexColumns, List<String> fk) {
    if (indexColumns.size() < fk.size()) {
      return false;
    }
    Set<String> want = new HashSet<>(fk);
    for (int i = 0; i < fk.size(); i++) {
      if (!want.contains(indexColumns.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when a later statement of this or a later migration indexes the columns. */
  private static boolean indexedLater(QualifiedName table, List<String> columns, Statement statement, RuleContext ctx) {
    // built once per project: looking ahead statement by statement for every foreign key was quadratic
    IndexStatements all = ctx.perProject(CANDIDATES, RequireIndexForForeignKeyRule::build);
    Integer current = all.position.get(ctx.migration());
    if (current == null) {
      return false;
    }
    for (Candidate c : all.byTable.getOrDefault(table.name(), List.of())) {
      if (c.migration < current
          || (c.migration == current && c.script == ctx.script() && c.statement.index() <= statement.index())) {
        continue;
      }
      if (indexes(c.statement.node(), table, columns)) {
        return true;
      }
    }
    return false;
  }

  /** An up statement that may index a table: CREATE INDEX, or ALTER TABLE (PRIMARY KEY / UNIQUE). */
  private record Candidate(int migration, Script script, Statement statement) {}

  /** The project's candidates by bare table name, and each migration's position in apply order. */
  private record IndexStatements(Map<String, List<Candidate>> byTable, Map<Migration, Integer> position) {}

  /** Key of the project's candidates ({@link RuleContext#perProject}). */
  private static final Object CANDIDATES = new Object();

  private static IndexStatements build(Project p) {
    Map<String, List<Candidate>> byTable = new HashMap<>();
    Map<Migration, Integer> position = new IdentityHashMap<>();
    List<Migration> migrations = p.migrations();
    for (int i = 0; i < migrations.size(); i++) {
      Migration m = migrations.get(i);
      position.put(m, i);
      for (Script s : m.up()) {
        for (Statement st : s.statements()) {
          QualifiedName t = st.node() instanceof Node.CreateIndex ci ? ci.table()
              : st.node() instanceof Node.AlterTable at ? at.table() : null;
          if (t != null) {
            byTable.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(new Candidate(i, s, st));
          }
        }
      }
    }
    return new IndexStatements(byTable, position);
  }

  private static boolean indexes(Node node, QualifiedName table, List<String> columns) {
    if (node instanceof Node.CreateIndex ci) {
      return ci.table() != null && ci.table().sameAs(table) && !ci.partial() && leads(ci.columns(), columns);
    }
    if (node instanceof Node.AlterTable at && at.table() != null && at.table().sameAs(table)) {
      for (AlterAction a : at.actions()) {
        if (a instanceof AlterAction.AddConstraint add && add.constraint() != null
            && (add.constraint().kind() == TableConstraint.Kind.PRIMARY_KEY
                || add.constraint().kind() == TableConstraint.Kind.UNIQUE)
            && leads(add.constraint().columns(), columns)) {
          return true;
        }
      }
    }
    return false;
  }
}
