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
        String why = ColumnTypes.rewriteReason(from.get(), to, change.using(), ctx.pgVersion(), col);
        if (why == null) {
          why = enumReason(from.get(), to, ctx);
        }
        if (why == null && citextOnIndexedColumn(from.get(), to, alter.table(), col, ctx)) {
          ctx.report(action.span(), "Changing " + table + "." + col + " from " + from.get().text() + " to "
              + to.text() + " keeps the table, but rebuilds every index on " + col + " (its operator class"
              + " changes) while holding an ACCESS EXCLUSIVE lock: it " + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE)
              + " on " + table + " until the indexes are rebuilt.");
          continue;
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
   * text or varchar to citext, or back, on a column an index covers: binary coercible, so the table is kept,
   * but the index is rebuilt with the other operator class (measured on 10-18: testdata/_pg/alter-column-type.sql).
   */
  private static boolean citextOnIndexedColumn(DataType from, DataType to, QualifiedName table, String column,
      RuleContext ctx) {
    boolean fromCitext = from.name().equals("citext");
    boolean toCitext = to.name().equals("citext");
    if (fromCitext == toCitext || from.array() || to.array()) {
      return false;
    }
    String other = fromCitext ? to.name() : from.name();
    if (!other.equals("text") && !other.equals("character varying")) {
      return false;
    }
    String c = column.toLowerCase(java.util.Locale.ROOT);
    return ctx.schema().indexesOn(table).stream()
        .anyMatch(i -> i.columns().stream().anyMatch(x -> x.toLowerCase(java.util.Locale.ROOT).equals(c)));
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


}
