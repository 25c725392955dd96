package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V3__escapes extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (var st = context.getConnection().createStatement()) {
      st.execute("ALTER TABLE t ADD c text DEFAULT 'a\"b\\c\u0041'");
      st.execute("CREATE INDEX i " + "ON t (c)");
      st.execute("""
          UPDATE t SET c = 'x' \
          WHERE c IS NULL;\s
          DROP INDEX j""");
    }
  }
}
