package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** A single underscore after the version: BaseJavaMigration cannot read the name, and Flyway stops. */
// expect: ban-ignored-flyway-migration-name "Invalid Java-based migration class name"
public class V2_IndexInvoices extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement st = context.getConnection().createStatement()) {
      st.execute("CREATE INDEX invoices_customer_idx ON invoices (customer_id)");
    }
  }
}
