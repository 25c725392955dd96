package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import java.util.List;

/**
 * PostgreSQL lock modes and what they block, worded for messages (see docs/postgres-behaviour.md), plus
 * small helpers the lock rules share.
 */
final class PgLocks {
  private PgLocks() {}

  static final String ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE";
  static final String EXCLUSIVE = "EXCLUSIVE";
  static final String SHARE_ROW_EXCLUSIVE = "SHARE ROW EXCLUSIVE";
  static final String SHARE = "SHARE";
  static final String SHARE_UPDATE_EXCLUSIVE = "SHARE UPDATE EXCLUSIVE";

  /** What an application notices while a lock of this mode is held (or queued) on a table. */
  static String blocks(String mode) {
    return switch (mode) {
      case ACCESS_EXCLUSIVE -> "blocks reads and writes";
      case EXCLUSIVE -> "blocks writes and SELECT ... FOR UPDATE/SHARE (plain reads still run)";
      case SHARE_ROW_EXCLUSIVE, SHARE -> "blocks writes (INSERT, UPDATE, DELETE; reads still run)";
      case SHARE_UPDATE_EXCLUSIVE -> "blocks other DDL, VACUUM and concurrent index builds (not reads or writes)";
      case "ROW EXCLUSIVE" -> "blocks SHARE-level locks such as CREATE INDEX (not reads or writes)";
      case "ROW SHARE" -> "blocks only EXCLUSIVE and ACCESS EXCLUSIVE locks (not reads or writes)";
      case "ACCESS SHARE" -> "blocks only ACCESS EXCLUSIVE locks (not reads or writes)";
      default -> "blocks conflicting statements";
    };
  }

  /** True when the mode conflicts with the ROW EXCLUSIVE lock of INSERT/UPDATE/DELETE or with plain reads. */
  static boolean blocksApplication(String mode) {
    return List.of(ACCESS_EXCLUSIVE, EXCLUSIVE, SHARE_ROW_EXCLUSIVE, SHARE).contains(mode);
  }

  /**
   * The statement that starts the transaction block {@code statement} runs in, scanning back through its
   * script: the index of the first statement of that transaction, or -1 when it runs in autocommit.
   */
  static int transactionStart(Statement statement, RuleContext ctx) {
    if (ctx.script() == null || !ctx.transaction(statement).inTransaction()) {
      return -1;
    }
    List<Statement> all = ctx.script().statements();
    int start = statement.index();
    for (int i = statement.index() - 1; i >= 0; i--) {
      Statement st = all.get(i);
      if (st.node() instanceof Node.Transaction t) {
        if (t.kind() == Node.TxKind.BEGIN) {
          return i;
        }
        if (t.kind() == Node.TxKind.COMMIT || t.kind() == Node.TxKind.ROLLBACK || t.kind() == Node.TxKind.PREPARE) {
          return start;
        }
        continue;
      }
      if (!ctx.transaction(st).inTransaction() || ctx.transaction(st).block() != ctx.transaction(statement).block()) {
        return start;
      }
      start = i;
    }
    return start;
  }

  /** The 1-based line a statement starts on, for messages. */
  static int line(RuleContext ctx, Statement st) {
    return ctx.script().file().lines().line(st.span().start());
  }
}
