package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.DataType;
import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Span;
import dev.godwit.model.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/** The column types a statement writes: CREATE TABLE columns, ADD COLUMN, ALTER COLUMN ... TYPE. */
final class ColumnTypes {
  private ColumnTypes() {}

  /**
   * One typed column.
   *
   * @param primaryKey true when the column alone is the table's primary key in this statement (a column of a
   *     composite key is usually a foreign key or an ordinal, not a counter that can run out)
   * @param foreignKey true when the statement makes the column (part of) a foreign key
   */
  record Typed(QualifiedName table, String column, DataType type, Span span, boolean primaryKey, boolean foreignKey) {
    String name() {
      return table + "." + column;
    }
  }

  static List<Typed> of(Node node) {
    List<Typed> out = new ArrayList<>();
    if (node instanceof Node.CreateTable create && create.table() != null && !create.asSelect()) {
      List<String> pk = new ArrayList<>();
      List<String> fk = new ArrayList<>();
      for (TableConstraint tc : create.constraints()) {
        if (tc.kind() == TableConstraint.Kind.PRIMARY_KEY) {
          pk.addAll(tc.columns());
        } else if (tc.kind() == TableConstraint.Kind.FOREIGN_KEY) {
          fk.addAll(tc.columns());
        }
      }
      for (ColumnDef c : create.columns()) {
        if (c.type() != null) {
          boolean key = c.primaryKey() || (pk.size() == 1 && pk.contains(c.name()));
          out.add(new Typed(create.table(), c.name(), c.type(), c.span(), key,
              c.references() != null || fk.contains(c.name())));
        }
      }
    } else if (node instanceof Node.AlterTable alter && alter.table() != null) {
      List<String> fk = new ArrayList<>();
      for (AlterAction a : alter.actions()) {
        if (a instanceof AlterAction.AddConstraint add && add.constraint() != null
            && add.constraint().kind() == TableConstraint.Kind.FOREIGN_KEY) {
          fk.addAll(add.constraint().columns());
        }
      }
      for (AlterAction a : alter.actions()) {
        if (a instanceof AlterAction.AddColumn add && add.column() != null && add.column().type() != null) {
          ColumnDef c = add.column();
          out.add(new Typed(alter.table(), c.name(), c.type(), c.span() != null ? c.span() : a.span(), c.primaryKey(),
              c.references() != null || fk.contains(c.name())));
        } else if (a instanceof AlterAction.AlterColumnType change && change.type() != null) {
          out.add(new Typed(alter.table(), change.column(), change.type(), a.span(), false,
              fk.contains(change.column())));
        }
      }
    }
    return out;
  }


  // Binary coercibility of type changes, as measured on PostgreSQL 10-18 (testdata/_pg/alter-column-type.sql):
  // shared by ban-rewriting-column-type and require-statement-timeout.

  static final java.util.Set<String> BUILTIN = java.util.Set.of("smallint", "integer", "bigint", "numeric", "real",
      "double precision", "character varying", "character", "text", "boolean", "date", "uuid", "json", "jsonb",
      "bytea", "timestamp with time zone", "timestamp without time zone", "time with time zone",
      "time without time zone", "interval", "inet", "cidr", "xml", "bit", "bit varying", "money", "citext");

  /** Why {@code from -> to} rewrites, as a phrase; null when it is binary coercible or Godwit cannot tell. */
  static String rewriteReason(DataType from, DataType to, String using, int pg) {
    return rewriteReason(from, to, using, pg, null);
  }

  /**
   * As above, for {@code column}: a change to the very same type is a no-op without USING, and with a USING
   * that only names the column (or casts it to its own type); any other USING expression rewrites every row.
   */
  static String rewriteReason(DataType from, DataType to, String using, int pg, String column) {
    boolean sameType = from.name().equals(to.name()) && from.array() == to.array()
        && from.modifiers().equals(to.modifiers());
    if (sameType) {
      if (using == null || using.isBlank() || column == null || trivialUsing(using, column)) {
        return null;
      }
      return BUILTIN.contains(from.name()) ? "to the same type with a USING expression (the contents change)" : null;
    }
    if (!BUILTIN.contains(from.name()) || !BUILTIN.contains(to.name())) {
      return null; // domains, enums, extension types: cannot tell
    }
    if (from.array() != to.array()) {
      return "(array and non-array types are not binary coercible)";
    }
    String f = from.name();
    String t = to.name();
    if (using != null && !using.isBlank()) {
      return f.equals(t) ? null : "with a USING expression (the contents change)";
    }
    if (f.equals(t)) {
      return sameFamily(f, from.modifiers(), to.modifiers());
    }
    boolean varcharish = f.equals("character varying") || f.equals("text") || f.equals("citext");
    if (varcharish && (t.equals("text") || t.equals("citext")
        || t.equals("character varying") && to.modifiers().isEmpty())) {
      return null; // varchar(n) -> text / varchar / citext, text -> varchar: no conversion function
    }
    if (f.equals("cidr") && t.equals("inet") || f.equals("xml") && t.equals("text")) {
      return null;
    }
    if (STRINGS.contains(f) && !STRINGS.contains(t)) {
      // no cast from a string type to another kind applies without USING: the statement fails at once
      // (42804, measured: testdata/_pg/alter-column-type.sql), so it rewrites nothing
      return null;
    }
    if (f.startsWith("timestamp") && t.startsWith("timestamp") && pg >= 12) {
      return "(from PostgreSQL 12, with the session TimeZone UTC the table is kept but every index on the column"
          + " is rebuilt; with any other TimeZone every value is converted)";
    }
    return "(" + f + " is not binary coercible to " + t + ")";
  }

  private static final java.util.Set<String> STRINGS = java.util.Set.of("text", "character varying", "character",
      "citext", "name", "bpchar");

  /** {@code col}, {@code "col"}, {@code col::type} or {@code (col)}: the values stay as they are. */
  private static boolean trivialUsing(String using, String column) {
    String u = using.strip();
    while (u.startsWith("(") && u.endsWith(")")) {
      u = u.substring(1, u.length() - 1).strip();
    }
    int cast = u.indexOf("::");
    if (cast > 0) {
      u = u.substring(0, cast).strip();
    }
    String c = column.startsWith("\"") ? column : column.toLowerCase(java.util.Locale.ROOT);
    String w = u.startsWith("\"") ? u : u.toLowerCase(java.util.Locale.ROOT);
    return w.equals(c) || w.equals("\"" + c + "\"") || (w.startsWith("\"") && w.equals("\"" + c.replace("\"", "") + "\""));
  }

  /** Same base type, different modifiers: widening is free, narrowing or adding a limit rewrites. */
  private static String sameFamily(String type, List<String> from, List<String> to) {
    if (from.equals(to)) {
      return null;
    }
    if (to.isEmpty()) {
      return null; // dropping the limit: varchar(n) -> varchar, numeric(p,s) -> numeric
    }
    if (from.isEmpty() && !type.startsWith("character") && !type.startsWith("bit") && !type.equals("numeric")) {
      // temporal types: no precision is microseconds (6); a lower one rounds every value (measured: timestamp
      // -> timestamp(3) rewrites, timestamp(6) does not)
      try {
        int p = Integer.parseInt(to.get(0).trim());
        return p >= 6 ? null : "(reducing the precision from 6 to " + p + " digits rounds and rewrites every value)";
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (from.isEmpty()) {
      return "(adding a length or precision limit checks and rewrites every value)";
    }
    try {
      switch (type) {
        case "character varying", "bit varying", "timestamp with time zone", "timestamp without time zone",
            "time without time zone", "time with time zone", "interval" -> {
          int a = Integer.parseInt(from.get(0).trim());
          int b = Integer.parseInt(to.get(0).trim());
          return b >= a ? null : "(narrowing the limit from " + a + " to " + b + " rewrites)";
        }
        case "numeric" -> {
          int p1 = Integer.parseInt(from.get(0).trim());
          int p2 = Integer.parseInt(to.get(0).trim());
          int s1 = from.size() > 1 ? Integer.parseInt(from.get(1).trim()) : 0;
          int s2 = to.size() > 1 ? Integer.parseInt(to.get(1).trim()) : 0;
          if (s1 != s2) {
            return "(changing the numeric scale from " + s1 + " to " + s2 + " rewrites)";
          }
          return p2 >= p1 ? null : "(lowering the numeric precision from " + p1 + " to " + p2 + " rewrites)";
        }
        default -> {
          return null; // char(n) and others: cannot tell for sure
        }
      }
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }
}
