package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Runs outside a transaction: concurrent index builds are allowed here. */
public class V3__BackfillAndIndex extends BaseJavaMigration {
  @Override
  public boolean canExecuteInTransaction() {
    return false;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection conn = context.getConnection();
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(conn, true));
    jdbc.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_plan_idx ON accounts (plan)");
    // godwit-ignore: require-concurrent-index -- lookup table with a dozen rows
    jdbc.execute("CREATE INDEX plans_name_idx ON plans (name)");
    try (PreparedStatement ps = conn.prepareStatement("UPDATE accounts SET plan = ? WHERE plan IS NULL")) {
      ps.setString(1, "free");
      ps.executeUpdate();
    }
    try (Statement stmt = conn.createStatement()) {
      stmt.execute(partitionDdl(2027));
    }
  }

  private static String partitionDdl(int year) {
    return "CREATE TABLE events_" + year + " PARTITION OF events FOR VALUES FROM ('" + year + "-01-01') TO ('"
        + (year + 1) + "-01-01')";
  }
}
