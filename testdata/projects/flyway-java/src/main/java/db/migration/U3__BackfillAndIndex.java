package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Undoes V3 (flyway undo, Teams edition). */
public class U3__BackfillAndIndex extends BaseJavaMigration {
  @Override
  public boolean canExecuteInTransaction() {
    return false;
  }

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement stmt = context.getConnection().createStatement()) {
      stmt.execute("DROP INDEX CONCURRENTLY IF EXISTS accounts_plan_idx");
      stmt.execute("DROP INDEX IF EXISTS plans_name_idx"); // godwit-ignore: require-concurrent-drop-index -- twelve rows
    }
  }
}
