package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table-level locks a statement takes, as the PostgreSQL documentation ("Explicit Locking",
 * "ALTER TABLE") gives them. Only what the statement names is listed; where Godwit cannot tell the lock
 * (DROP SCHEMA ... CASCADE, functions, policies), the statement takes none here, so rules stay quiet.
 */
final class TableLocks {
  private TableLocks() {}

  /** Table lock modes, weakest first. */
  enum Mode {
    ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
    ACCESS_EXCLUSIVE;

    String article() {
      return this == ACCESS_SHARE || this == ACCESS_EXCLUSIVE || this == EXCLUSIVE ? "an" : "a";
    }

    String sql() {
      return name().replace('_', ' ');
    }

    /** Conflicts with ACCESS SHARE, the lock of SELECT. */
    boolean blocksReads() {
      return this == ACCESS_EXCLUSIVE;
    }

    /** Conflicts with ROW EXCLUSIVE, the lock of INSERT, UPDATE, DELETE and MERGE. */
    boolean blocksWrites() {
      return compareTo(SHARE) >= 0;
    }

    /** Conflicts with the locks the running application takes. */
    boolean blocksApplication() {
      return blocksWrites();
    }

    /** "reads and writes" or "writes (INSERT, UPDATE, DELETE)". */
    String blocked() {
      return blocksReads() ? "reads and writes" : blocksWrites() ? "writes (INSERT, UPDATE, DELETE)" : "nothing";
    }

    static Mode max(Mode a, Mode b) {
      return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    static Mode parse(String text) {
      if (text == null || text.isBlank()) {
        return ACCESS_EXCLUSIVE;
      }
      String t = text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+MODE$", "").replaceAll("\\s+", "_");
      try {
        return valueOf(t);
      } catch (IllegalArgumentException e) {
        return ACCESS_EXCLUSIVE;
      }
    }
  }

  /**
   * One lock.
   *
   * @param table the locked table (for DROP INDEX / REINDEX INDEX: the index; see {@code onIndex})
   * @param onIndex true when {@code table} names an index and the lock falls on its (unknown) table
   * @param statement a short label of the statement: "ALTER TABLE", "CREATE INDEX", ...
   */
  record Lock(QualifiedName table, Mode mode, boolean onIndex, String statement) {
    /** "the ACCESS EXCLUSIVE lock on orders" style text. */
    String on() {
      return onIndex ? "the table of index " + table : table.toString();
    }
  }

  /** Every table lock {@code node} takes (possibly none). */
  static List<Lock> of(Node node, int pgVersion) {
    List<Lock> out = new ArrayList<>();
    if (node instanceof Node.AlterTable alter && alter.table() != null) {
      Mode mode = null;
      for (AlterAction action : alter.actions()) {
        mode = Mode.max(mode, mode(action, pgVersion));
        if (action instanceof AlterAction.AddConstraint add && add.constraint() != null
            && add.constraint().kind() == TableConstraint.Kind.FOREIGN_KEY
            && add.constraint().referencedTable() != null) {
          out.add(new Lock(add.constraint().referencedTable(), Mode.SHARE_ROW_EXCLUSIVE, false, "ALTER TABLE"));
        }
        if (action instanceof AlterAction.AddColumn add && add.column() != null && add.column().references() != null) {
          out.add(new Lock(add.column().references(), Mode.SHARE_ROW_EXCLUSIVE, false, "ALTER TABLE"));
        }
        if (action instanceof AlterAction.AttachPartition attach && attach.partition() != null) {
          out.add(new Lock(attach.partition(), Mode.ACCESS_EXCLUSIVE, false, "ALTER TABLE"));
        }
        if (action instanceof AlterAction.DetachPartition detach && detach.partition() != null) {
          // measured (testdata/_pg/detach-partition.sql): plain DETACH locks the partition SHARE UPDATE
          // EXCLUSIVE before 14 and ACCESS EXCLUSIVE from 14; CONCURRENTLY (14+) takes ACCESS EXCLUSIVE on the
          // partition in its second phase
          boolean weak = !detach.concurrently() && pgVersion != 0 && pgVersion < 14;
          out.add(new Lock(detach.partition(), weak ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.ACCESS_EXCLUSIVE, false,
              "ALTER TABLE"));
        }
      }
      if (mode != null) {
        out.add(0, new Lock(alter.table(), mode, false, "ALTER TABLE"));
      }
    } else if (node instanceof Node.CreateIndex index && index.table() != null) {
      out.add(new Lock(index.table(), index.concurrently() ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.SHARE, false,
          index.unique() ? "CREATE UNIQUE INDEX" : "CREATE INDEX"));
    } else if (node instanceof Node.Drop drop) {
      if (drop.kind() == ObjectKind.TABLE || drop.kind() == ObjectKind.MATERIALIZED_VIEW) {
        for (QualifiedName n : drop.names()) {
          out.add(new Lock(n, Mode.ACCESS_EXCLUSIVE, false, "DROP " + drop.kind().sql()));
        }
      } else if ((drop.kind() == ObjectKind.TRIGGER || drop.kind() == ObjectKind.POLICY) && drop.on() != null) {
        // measured (testdata/_pg/create-trigger.sql, policy.sql): ACCESS EXCLUSIVE on the table, on 10-18
        out.add(new Lock(drop.on(), Mode.ACCESS_EXCLUSIVE, false, "DROP " + drop.kind().sql()));
      } else if (drop.kind() == ObjectKind.INDEX) {
        for (QualifiedName n : drop.names()) {
          out.add(new Lock(n, drop.concurrently() ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.ACCESS_EXCLUSIVE, true,
              "DROP INDEX"));
        }
      }
    } else if (node instanceof Node.AlterObject alterIndex && alterIndex.kind() == ObjectKind.INDEX
        && alterIndex.name() != null && alterIndex.action() != null
        && alterIndex.action().toUpperCase(Locale.ROOT).startsWith("SET TABLESPACE")) {
      // the index's files are copied under ACCESS EXCLUSIVE on the index, which every query that plans on its
      // table needs (testdata/_pg/set-tablespace.sql)
      out.add(new Lock(alterIndex.name(), Mode.ACCESS_EXCLUSIVE, true, "ALTER INDEX ... SET TABLESPACE"));
    } else if (node instanceof Node.Truncate truncate) {
      for (QualifiedName n : truncate.tables()) {
        out.add(new Lock(n, Mode.ACCESS_EXCLUSIVE, false, "TRUNCATE"));
      }
    } else if (node instanceof Node.Reindex reindex && !reindex.concurrently() && reindex.name() != null) {
      if (reindex.target() == ObjectKind.TABLE) {
        out.add(new Lock(reindex.name(), Mode.SHARE, false, "REINDEX TABLE"));
      } else if (reindex.target() == ObjectKind.INDEX) {
        out.add(new Lock(reindex.name(), Mode.SHARE, true, "REINDEX INDEX"));
      }
    } else if (node instanceof Node.Maintenance m && m.table() != null) {
      String cmd = m.command() == null ? "" : m.command().toUpperCase(Locale.ROOT);
      if (cmd.equals("CLUSTER") || (cmd.equals("VACUUM") && m.full())) {
        out.add(new Lock(m.table(), Mode.ACCESS_EXCLUSIVE, false, cmd.equals("CLUSTER") ? "CLUSTER" : "VACUUM FULL"));
      } else {
        out.add(new Lock(m.table(), Mode.SHARE_UPDATE_EXCLUSIVE, false, cmd));
      }
    } else if (node instanceof Node.LockTable lock) {
      for (QualifiedName n : lock.tables()) {
        out.add(new Lock(n, Mode.parse(lock.mode()), false, "LOCK TABLE"));
      }
    } else if (node instanceof Node.RefreshMaterializedView refresh && refresh.view() != null) {
      out.add(new Lock(refresh.view(), refresh.concurrently() ? Mode.EXCLUSIVE : Mode.ACCESS_EXCLUSIVE, false,
          "REFRESH MATERIALIZED VIEW"));
    } else if (node instanceof Node.CreateTrigger trigger && trigger.table() != null) {
      out.add(new Lock(trigger.table(), Mode.SHARE_ROW_EXCLUSIVE, false, "CREATE TRIGGER"));
    } else if (node instanceof Node.CreateTable create) {
      if (create.partitionOf() != null) {
        out.add(new Lock(create.partitionOf(), Mode.ACCESS_EXCLUSIVE, false, "CREATE TABLE ... PARTITION OF"));
      }
      for (ColumnDef c : create.columns()) {
        if (c.references() != null && !c.references().sameAs(create.table())) {
          out.add(new Lock(c.references(), Mode.SHARE_ROW_EXCLUSIVE, false, "CREATE TABLE"));
        }
      }
      for (TableConstraint tc : create.constraints()) {
        if (tc.kind() == TableConstraint.Kind.FOREIGN_KEY && tc.referencedTable() != null
            && !tc.referencedTable().sameAs(create.table())) {
          out.add(new Lock(tc.referencedTable(), Mode.SHARE_ROW_EXCLUSIVE, false, "CREATE TABLE"));
        }
      }
    } else if (node instanceof Node.Dml dml && dml.table() != null) {
      Mode mode = dml.kind() == Node.DmlKind.SELECT ? Mode.ACCESS_SHARE : Mode.ROW_EXCLUSIVE;
      out.add(new Lock(dml.table(), mode, false, dml.kind().name()));
    }
    return out;
  }

  /** The strongest lock of {@code node} that blocks the application, or null. */
  static Lock strongest(List<Lock> locks) {
    Lock best = null;
    for (Lock l : locks) {
      if (best == null || l.mode().compareTo(best.mode()) > 0) {
        best = l;
      }
    }
    return best;
  }

  private static Mode mode(AlterAction action, int pgVersion) {
    if (action instanceof AlterAction.AddConstraint add && add.constraint() != null
        && add.constraint().kind() == TableConstraint.Kind.FOREIGN_KEY) {
      return Mode.SHARE_ROW_EXCLUSIVE;
    }
    if (action instanceof AlterAction.ValidateConstraint) {
      return Mode.SHARE_UPDATE_EXCLUSIVE;
    }
    if (action instanceof AlterAction.EnableDisableTrigger) {
      return Mode.SHARE_ROW_EXCLUSIVE;
    }
    if (action instanceof AlterAction.AttachPartition) {
      return pgVersion >= 12 || pgVersion == 0 ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.ACCESS_EXCLUSIVE;
    }
    if (action instanceof AlterAction.DetachPartition detach && detach.concurrently()) {
      return Mode.SHARE_UPDATE_EXCLUSIVE;
    }
    if (action instanceof AlterAction.Other other && other.text() != null) {
      String t = other.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
      if (t.contains("user_catalog_table")) {
        return Mode.ACCESS_EXCLUSIVE; // the one storage parameter that does (testdata/_pg/alter-table-other.sql)
      }
      if (t.contains(" set statistics ") || t.startsWith("set (") || t.startsWith("reset (")
          || t.startsWith("set(") || t.startsWith("reset(") || t.startsWith("cluster on")
          || t.startsWith("set without cluster") || t.matches("alter (column )?\\S+ (re)?set ?\\(.*")) {
        return Mode.SHARE_UPDATE_EXCLUSIVE;
      }
    }
    return Mode.ACCESS_EXCLUSIVE;
  }

  /** The lock of {@code st} that blocks the application on a table that existed before the migration. */
  static Lock blocking(Statement st, RuleContext ctx) {
    if (!st.runsInMigration()) {
      return null;
    }
    if (st.node() instanceof Node.RefreshMaterializedView refresh && refresh.concurrently()) {
      // its EXCLUSIVE lock still lets SELECT run, and an application does nothing else with a materialized
      // view (it cannot write to one): the lock blocks nobody, so it needs no lock_timeout
      return null;
    }
    Lock best = null;
    for (Lock l : of(st.node(), ctx.pgVersion())) {
      if (!l.mode().blocksApplication()) {
        continue;
      }
      boolean fresh = l.onIndex()
          ? RuleSupport.createdEarlier(ObjectKind.INDEX, l.table(), st, ctx)
          : ctx.createdInMigration(l.table(), st);
      if (!fresh && (best == null || l.mode().compareTo(best.mode()) > 0)) {
        best = l;
      }
    }
    return best;
  }}
