package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

// config: rules=all
public class V1__IndexInvoicesByCustomer extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement st = context.getConnection().createStatement()) {
      st.execute("SET lock_timeout = '3s'");
      st.execute("""
          SELECT 1;
          -- expect: require-concurrent-index col 11 end 17:71
          -- expect: require-if-not-exists col 11 end 17:71
          CREATE INDEX invoices_customer_idx ON invoices (customer_id)""");
    }
  }
}
