package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.DataType;
import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** ALTER COLUMN ... TYPE that makes PostgreSQL rewrite the table (known from the replayed schema). */
@RuleInfo(
    id = "ban-rewriting-column-type",
    summary = "ALTER COLUMN TYPE that is not binary coercible rewrites the table under an ACCESS EXCLUSIVE lock",
    severity = Severity.ERROR,
    rationale =
        "Changing a column's type rewrites the whole table and rebuilds its indexes while holding an ACCESS"
            + " EXCLUSIVE lock, blocking reads and writes, unless the old type is binary coercible to the new one"
            + " (varchar widening, varchar to text, numeric precision increase).",
    safeAlternative =
        "Add a new column of the new type, keep both in sync with a trigger, backfill in batches, switch reads"
            + " and writes to it, then drop the old column; or choose a binary-coercible change.",
    tags = {"locking", "rewrite", "column", "schema"})
public final class BanRewritingColumnTypeRule extends StatementRule<Node.AlterTable> {
  /** Types whose values no other built-in type shares a binary representation with, in practice. */
  private static final Set<String> ALWAYS_REWRITTEN_TO = Set.of("smallint", "integer", "bigint", "uuid", "json",
      "jsonb", "boolean", "date", "double precision", "real", "bytea");

  private static final Set<String> BUILTIN = Set.of("smallint", "integer", "bigint", "numeric", "real",
      "double precision", "character varying", "character", "text", "boolean", "date", "uuid", "json", "jsonb",
      "bytea", "timestamp with time zone", "timestamp without time zone", "time with time zone",
      "time without time zone", "interval", "inet", "cidr", "xml", "bit", "bit varying", "money", "citext");

  public BanRewritingColumnTypeRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    Boolean newTable = null;
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.AlterColumnType change) || change.type() == null) {
        continue;
      }
      if (newTable == null) {
        newTable = ctx.createdInMigration(alter.table(), statement);
      }
      if (newTable) {
        return;
      }
      String table = alter.table().toString();
      String col = change.column();
      DataType to = change.type();
      Optional<DataType> from = ctx.schema().columnType(alter.table(), col);
      String lock = "PostgreSQL rewrites " + table + " and rebuilds its indexes while holding an ACCESS EXCLUSIVE"
          + " lock: it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " on " + table + " until the rewrite finishes.";
      if (from.isPresent() && from.get() != null) {
        String why = rewriteReason(from.get(), to, change.using(), ctx.pgVersion(), col);
        if (why == null) {
          why = enumReason(from.get(), to, ctx);
        }
        if (why != null) {
          ctx.report(action.span(), "Changing " + table + "." + col + " from " + from.get().text() + " to "
              + to.text() + " " + why + ": " + lock);
        }
      } else if (ALWAYS_REWRITTEN_TO.contains(to.name()) && !to.array()) {
        ctx.report(action.span(), "Changing " + table + "." + col + " to " + to.text() + " rewrites the table from"
            + " any other type (Godwit does not know the column's current type): " + lock);
      }
    }
  }

  /**
   * An enum to or from another type: the values are stored as the enum's OIDs, so every row is converted and
   * the table and its indexes rewritten (measured on 10-18: testdata/_pg/alter-column-type.sql); null when
   * neither type is an enum the history knows, or both are the same.
   */
  private static String enumReason(DataType from, DataType to, RuleContext ctx) {
    if (from.name().equals(to.name()) && from.array() == to.array()) {
      return null;
    }
    boolean fromEnum = ctx.schema().enumType(QualifiedName.of(from.name())).isPresent();
    boolean toEnum = ctx.schema().enumType(QualifiedName.of(to.name())).isPresent();
    if (!fromEnum && !toEnum) {
      return null;
    }
    return "(" + (fromEnum ? "enum " + from.name() : from.name()) + " is stored differently from "
        + (toEnum ? "enum " + to.name() : to.name()) + ": every value is converted)";
  }

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
