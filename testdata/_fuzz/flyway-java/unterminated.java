public class V4__broken extends BaseJavaMigration {
  public void migrate(Context context) throws Exception {
    context.getConnection().createStatement().execute("""
        ALTER TABLE t ADD c int
