package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Keeps version 6 taken: the hotfix it held was rolled into V7. */
public class V6__ReservedForHotfix extends BaseJavaMigration {
  @Override
  public void migrate(Context context) {
    // intentionally empty
  }
}
