package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Indexes invoices by customer and due date; runs outside a transaction. */
public class V7__Index_invoices extends BaseJavaMigration {
  private static final String DUE_INDEX = """
      CREATE INDEX invoices_due_at_idx
          ON invoices (due_at)
          WHERE paid_at IS NULL
      """;

  @Override
  public boolean canExecuteInTransaction() {
    return false;
  }

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("SET lock_timeout = '5s'");
      statement.execute("""
          CREATE INDEX invoices_customer_id_idx ON invoices (customer_id)""");
      statement.execute(DUE_INDEX);
      statement.execute("DROP INDEX \"invoices_Number_idx\"");
      statement.execute("CREATE INDEX invoices_number_idx " + "ON invoices (number)");
    }
  }
}
