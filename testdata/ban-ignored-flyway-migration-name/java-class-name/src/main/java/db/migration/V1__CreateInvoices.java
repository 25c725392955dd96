package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V1__CreateInvoices extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement st = context.getConnection().createStatement()) {
      st.execute("CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint NOT NULL)");
    }
  }
}
