package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V3__AddPaymentColumns extends BaseJavaMigration {
  private static final String LOCK_TIMEOUT = "2s";
  private static final String TABLE = "invoices";
  private static final String[] CHANGES = {
      "ALTER TABLE " + TABLE + " ADD COLUMN paid_at timestamptz",
      "ALTER TABLE " + TABLE + " ADD COLUMN status text NOT NULL",
      "ALTER TABLE " + TABLE + " ALTER COLUMN total TYPE numeric(14, 2)"};

  @Override
  public void migrate(Context context) throws Exception {
    Statement batch = context.getConnection().createStatement();
    batch.execute(String.format("SET lock_timeout = '%s'", LOCK_TIMEOUT));
    for (String sql : CHANGES) {
      batch.addBatch(sql);
    }
    batch.executeBatch();
  }
}
