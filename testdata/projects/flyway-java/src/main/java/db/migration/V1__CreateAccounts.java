package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Creates the accounts table. */
public class V1__CreateAccounts extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement stmt = context.getConnection().createStatement()) {
      stmt.execute("""
          CREATE TABLE accounts (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            email text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
          )
          """);
      stmt.execute("CREATE INDEX accounts_email_idx ON accounts (email)");
    }
  }
}
