package com.acme.billing.db;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Moves a table's old rows to an archive table; subclasses name the table. */
public abstract class ArchivingMigration extends BaseJavaMigration {
  protected abstract String table();

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement st = context.getConnection().createStatement()) {
      st.execute("SET lock_timeout = '2s'");
      createArchive(st);
      st.executeUpdate("DELETE FROM " + table() + " WHERE created_at < now() - interval '7 years'");
    }
  }

  private void createArchive(Statement st) throws Exception {
    st.execute("CREATE TABLE IF NOT EXISTS " + table() + "_archive (LIKE " + table() + " INCLUDING ALL)");
    st.execute("INSERT INTO " + table() + "_archive SELECT * FROM " + table()
        + " WHERE created_at < now() - interval '7 years'");
  }
}
