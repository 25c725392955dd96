package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Adds an index without blocking writes... or so its author thought. */
public class V2__IndexAccountsByCreation extends BaseJavaMigration {
  private static final String TABLE = "accounts";

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement stmt = context.getConnection().createStatement()) {
      // canExecuteInTransaction() is not overridden: Flyway opens a transaction around migrate()
      stmt.execute("CREATE INDEX CONCURRENTLY accounts_created_idx ON " + TABLE + " (created_at)");
      stmt.executeUpdate("ALTER TABLE accounts ADD COLUMN \"plan\" text NOT NULL");
    }
  }
}
