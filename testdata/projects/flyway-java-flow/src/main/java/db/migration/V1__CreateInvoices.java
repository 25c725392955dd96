package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The invoices table, and the first invoice number series. */
public class V1__CreateInvoices extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    Statement ddl = c.createStatement();
    ddl.execute("""
        CREATE TABLE invoices (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          customer_id bigint NOT NULL,
          total numeric(12, 2) NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now()
        )""");
    PreparedStatement seed = c.prepareStatement("INSERT INTO invoice_series (prefix, next_no) VALUES (?, ?)");
    seed.setString(1, "INV");
    seed.setLong(2, 1000L);
    seed.executeUpdate();
  }
}
