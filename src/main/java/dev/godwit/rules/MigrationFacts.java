package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What one direction of a migration creates and drops, for the rollback rules. */
final class MigrationFacts {
  /** A statement with the script it belongs to. */
  record At(Script script, Statement statement) {}

  final List<At> statements = new ArrayList<>();
  final List<QualifiedName> createdTables = new ArrayList<>();
  final List<String[]> addedColumns = new ArrayList<>(); // {table, column}
  final List<QualifiedName> droppedTables = new ArrayList<>();
  final List<String[]> droppedColumns = new ArrayList<>();
  final List<QualifiedName> droppedIndexes = new ArrayList<>();
  final List<Object[]> createdObjects = new ArrayList<>(); // {ObjectKind, QualifiedName}
  final List<Object[]> droppedObjects = new ArrayList<>();
  final List<String> cascadedSchemas = new ArrayList<>();
  final List<QualifiedName> renamedTables = new ArrayList<>();
  /** Something Godwit cannot follow: unparsed statements, psql includes, dynamic SQL. */
  boolean opaque;
  boolean effective;

  MigrationFacts(List<Script> scripts) {
    for (Script s : scripts) {
      for (Statement st : s.statements()) {
        if (!st.runsInMigration()) {
          continue;
        }
        statements.add(new At(s, st));
        read(st.node());
      }
    }
  }

  private void read(Node n) {
    if (!(n instanceof Node.Transaction)) {
      effective = true;
    }
    if (n instanceof Node.Unparsed || n instanceof Node.PsqlCommand
        || (n instanceof Node.Other o && o.keyword() != null && o.keyword().toUpperCase(Locale.ROOT).startsWith("EXECUTE"))) {
      opaque = true;
    } else if (n instanceof Node.CreateTable ct && ct.table() != null) {
      createdTables.add(ct.table());
    } else if (n instanceof Node.Drop d) {
      for (QualifiedName q : d.names()) {
        if (d.kind() == ObjectKind.TABLE) {
          droppedTables.add(q);
        } else if (d.kind() == ObjectKind.INDEX) {
          droppedIndexes.add(q);
        } else {
          droppedObjects.add(new Object[] {d.kind(), q});
          if (d.kind() == ObjectKind.SCHEMA && d.cascade()) {
            cascadedSchemas.add(q.name());
          }
        }
      }
    } else if (n instanceof Node.CreateObject co && co.name() != null) {
      createdObjects.add(new Object[] {co.kind(), co.name()});
    } else if (n instanceof Node.AlterTable alter && alter.table() != null) {
      for (AlterAction a : alter.actions()) {
        if (a instanceof AlterAction.AddColumn add && add.column() != null) {
          addedColumns.add(new String[] {alter.table().toString(), add.column().name()});
        } else if (a instanceof AlterAction.RenameColumn r) {
          addedColumns.add(new String[] {alter.table().toString(), r.to()});
        } else if (a instanceof AlterAction.DropColumn d) {
          droppedColumns.add(new String[] {alter.table().toString(), d.column()});
        } else if (a instanceof AlterAction.RenameTable r) {
          renamedTables.add(alter.table());
          renamedTables.add(new QualifiedName(alter.table().schema(), r.to()));
          createdTables.add(new QualifiedName(alter.table().schema(), r.to()));
        } else if (a instanceof AlterAction.SetSchema move) {
          renamedTables.add(alter.table());
          renamedTables.add(new QualifiedName(move.schema(), alter.table().name()));
          createdTables.add(new QualifiedName(move.schema(), alter.table().name()));
        }
      }
    }
  }

  static boolean contains(List<QualifiedName> names, QualifiedName q) {
    for (QualifiedName n : names) {
      if (n.sameAs(q)) {
        return true;
      }
    }
    return false;
  }

  static boolean containsColumn(List<String[]> columns, QualifiedName table, String column) {
    for (String[] c : columns) {
      if (c[1].equals(column) && parse(c[0]).sameAs(table)) {
        return true;
      }
    }
    return false;
  }

  static boolean containsObject(List<Object[]> objects, ObjectKind kind, QualifiedName q) {
    for (Object[] o : objects) {
      if (o[0] == kind && ((QualifiedName) o[1]).sameAs(q)) {
        return true;
      }
    }
    return false;
  }

  boolean cascades(QualifiedName q) {
    return q.schema() != null && cascadedSchemas.contains(q.schema());
  }

  private static QualifiedName parse(String s) {
    int dot = s.indexOf('.');
    return dot < 0 ? QualifiedName.of(s) : new QualifiedName(s.substring(0, dot), s.substring(dot + 1));
  }
}
