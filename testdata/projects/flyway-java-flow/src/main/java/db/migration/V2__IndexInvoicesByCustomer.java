package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V2__IndexInvoicesByCustomer extends BaseJavaMigration {
  /** Declared first, but run after the lock timeout below. */
  private static final String CUSTOMER_INDEX = "CREATE INDEX invoices_customer_idx ON invoices (customer_id)";

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("SET lock_timeout = '2s'");
      s.execute(CUSTOMER_INDEX);
    }
  }
}
