package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.schema.Constraint;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ATTACH PARTITION of a table without a validated CHECK constraint that matches the partition bound. */
@RuleInfo(
    id = "require-check-before-attach-partition",
    summary = "ATTACH PARTITION without a matching CHECK scans the partition under an ACCESS EXCLUSIVE lock",
    severity = Severity.WARNING,
    rationale =
        "Attaching a table as a partition checks every row against the partition bound while holding an ACCESS"
            + " EXCLUSIVE lock on it (and on a DEFAULT partition, which is scanned too). A validated CHECK"
            + " constraint that implies the bound lets PostgreSQL skip the scan. The parent is locked SHARE UPDATE"
            + " EXCLUSIVE from PostgreSQL 12, ACCESS EXCLUSIVE before.",
    safeAlternative =
        "Before attaching, add a CHECK constraint matching the bound NOT VALID and VALIDATE it (SHARE UPDATE"
            + " EXCLUSIVE, reads and writes go on); ATTACH PARTITION then skips the scan; drop the check afterwards.",
    tags = {"locking", "partition", "schema"})
public final class RequireCheckBeforeAttachPartitionRule extends StatementRule<Node.AlterTable> {
  public RequireCheckBeforeAttachPartitionRule() {
    super(Node.AlterTable.class);
  }

  @Override
  protected void check(Node.AlterTable alter, Statement statement, RuleContext ctx) {
    if (alter.table() == null) {
      return;
    }
    for (AlterAction action : alter.actions()) {
      if (!(action instanceof AlterAction.AttachPartition attach) || attach.partition() == null) {
        continue;
      }
      // A partition created in this migration is empty: nothing to scan.
      if (ctx.createdInMigration(attach.partition(), statement)) {
        continue;
      }
      Optional<Table> part = ctx.schema().table(attach.partition());
      if (part.isPresent() && impliesBound(part.get(), boundValues(statement.sql(), attach))) {
        continue; // a validated CHECK that names every value of the bound: trust it to imply the bound
      }
      String parentLock = ctx.pgVersion() >= 12 ? PgLocks.SHARE_UPDATE_EXCLUSIVE : PgLocks.ACCESS_EXCLUSIVE;
      ctx.report(action.span(), "ATTACH PARTITION " + attach.partition() + " scans every row of "
          + attach.partition() + " to check the partition bound while holding an ACCESS EXCLUSIVE lock on it (it "
          + PgLocks.blocks(PgLocks.ACCESS_EXCLUSIVE) + " there), and takes " + parentLock + " on " + alter.table()
          + (ctx.pgVersion() >= 12 ? "" : " (before PostgreSQL 12), which " + PgLocks.blocks(parentLock)
              + " on the whole partitioned table") + "; no validated CHECK constraint on " + attach.partition()
          + " is known to imply the bound.");
    }
  }

  private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'|(?<![\\w.])(-?\\d+(?:\\.\\d+)?)(?![\\w.])");

  /**
   * The literal values of the bound ({@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')}, {@code IN (...)}),
   * or null when there are none to match (DEFAULT, hash bounds, a bound Godwit cannot find).
   */
  static List<String> boundValues(String sql, AlterAction.AttachPartition attach) {
    if (sql == null) {
      return null;
    }
    String lower = sql.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("for values");
    if (at < 0 || lower.indexOf("with", at) >= 0 && lower.contains("modulus")) {
      return null;
    }
    List<String> out = literals(sql.substring(at));
    return out.isEmpty() ? null : out;
  }

  private static List<String> literals(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = LITERAL.matcher(text);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2));
    }
    return out;
  }

  /**
   * True when a validated CHECK of the partition names every value of the bound: PostgreSQL skips the scan only
   * when its constraints imply the bound, and a check that leaves a bound value out (an unrelated
   * {@code CHECK (v >= 0)}) does not: measured, it still scans (testdata/_pg/attach-partition.sql).
   */
  private static boolean impliesBound(Table part, List<String> values) {
    if (values == null) {
      return false;
    }
    for (Constraint c : part.constraints()) {
      if (c.kind() == TableConstraint.Kind.CHECK && c.validated() && c.expression() != null
          && literals(c.expression()).containsAll(values)) {
        return true;
      }
    }
    return false;
  }
}
