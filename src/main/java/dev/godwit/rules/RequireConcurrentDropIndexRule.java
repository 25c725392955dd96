package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Fix;
import dev.godwit.rule.FixAvailability;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import dev.godwit.rule.TxState;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** DROP INDEX without CONCURRENTLY. */
@RuleInfo(
    id = "require-concurrent-drop-index",
    summary = "DROP INDEX without CONCURRENTLY blocks reads and writes on the index's table",
    severity = Severity.WARNING,
    rationale =
        "A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: every query on the table,"
            + " reads included, waits behind it, and it waits itself for every running query on the table.",
    safeAlternative =
        "Use DROP INDEX CONCURRENTLY, outside a transaction block, one index per statement and without"
            + " CASCADE.",
    fix = FixAvailability.SOMETIMES,
    tags = {"locking", "index"})
public final class RequireConcurrentDropIndexRule extends StatementRule<Node.Drop> {
  public RequireConcurrentDropIndexRule() {
    super(Node.Drop.class);
  }

  @Override
  protected void check(Node.Drop drop, Statement statement, RuleContext ctx) {
    if (drop.kind() != ObjectKind.INDEX || drop.concurrently() || drop.names().isEmpty()) {
      return;
    }
    // The schema knows which table each index belongs to: indexes on tables created in this migration are
    // harmless to drop; the others are named in the message.
    Set<String> tables = new LinkedHashSet<>();
    boolean allKnown = true;
    boolean allNew = true;
    for (QualifiedName n : drop.names()) {
      Optional<QualifiedName> table = ctx.schema().tableOfIndex(n);
      if (table.isEmpty()) {
        allKnown = false;
        allNew = false;
      } else {
        tables.add(table.get().toString());
        allNew &= ctx.schema().isNewTable(table.get());
      }
    }
    if (allNew || allKnown && droppedLater(tables, statement, ctx)) {
      return;
    }
    String names = drop.names().stream().map(QualifiedName::toString).collect(Collectors.joining(", "));
    String on = allKnown ? String.join(", ", tables)
        : drop.names().size() == 1 ? "the index's table" : "the indexes' tables";
    String message = "DROP INDEX " + names + " takes an ACCESS EXCLUSIVE lock on " + on
        + ": it blocks reads and writes on " + (allKnown ? on : "that table") + " until the drop completes.";
    RuleContext.FindingBuilder finding = ctx.report(statement.span(), message);
    StringBuilder help = new StringBuilder("Use DROP INDEX CONCURRENTLY");
    if (drop.names().size() > 1) {
      help.append(", one statement per index (CONCURRENTLY accepts a single index)");
    }
    if (drop.cascade()) {
      help.append(", without CASCADE (CONCURRENTLY does not allow it: drop the dependent objects first)");
    }
    TxState tx = ctx.transaction(statement);
    boolean inTx = tx != null && tx.inTransaction();
    if (drop.names().size() == 1 && !drop.cascade()) {
      SqlWords w = SqlWords.of(statement, 4);
      if (w.is(0, "DROP") && w.is(1, "INDEX")) {
        // Outside a transaction this only changes how the index is dropped; inside one it would fail.
        Fix fix = w.insertAfter(1, " CONCURRENTLY", "Add CONCURRENTLY", inTx ? Applicability.UNSAFE : Applicability.SAFE);
        // SQL generated from a helper call (Alembic op.drop_index): the helper's own rewrite
        finding.fix(fix != null ? fix : w.hostRewrite(OffsetMap.Rewrite.CONCURRENTLY, Applicability.UNSAFE));
      }
    }
    if (inTx) {
      help.append("; it cannot run inside a transaction block (").append(tx.reason())
          .append("), so move it to a migration that runs outside one");
    } else {
      help.append(", outside a transaction block");
    }
    finding.help(help.append('.').toString());
  }

  /**
   * True when every table is dropped by a later statement of the same script (a downgrade that drops
   * indexes, then their table): DROP TABLE takes the same lock anyway, and other rules judge it.
   */
  private static boolean droppedLater(Set<String> tables, Statement statement, RuleContext ctx) {
    if (ctx.script() == null) {
      return false;
    }
    Set<String> left = new LinkedHashSet<>(tables);
    for (Statement st : ctx.script().statements()) {
      if (st.index() > statement.index() && st.node() instanceof Node.Drop d && d.kind() == ObjectKind.TABLE) {
        for (QualifiedName n : d.names()) {
          left.removeIf(t -> ctx.schema().table(n).map(x -> x.name().toString().equals(t)).orElse(false));
        }
      }
    }
    return left.isEmpty();
  }
}
