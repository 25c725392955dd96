package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V3__CreateAuditTrail extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement st = context.getConnection().createStatement()) {
      // expect: require-if-not-exists "CREATE TABLE audit_trail has no IF NOT EXISTS: inside the transaction Flyway opens"
      st.execute("CREATE TABLE audit_trail (id bigint PRIMARY KEY, actor text NOT NULL)");
      st.execute("""
          -- a text block: the finding points into it
          -- expect: require-if-not-exists "CREATE INDEX audit_trail_actor_idx on audit_trail has no IF NOT EXISTS"
          CREATE INDEX audit_trail_actor_idx ON audit_trail (actor)
          """);
    }
  }
}
