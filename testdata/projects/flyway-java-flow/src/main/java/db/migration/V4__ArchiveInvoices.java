package db.migration;

import com.acme.billing.db.ArchivingMigration;

public class V4__ArchiveInvoices extends ArchivingMigration {
  @Override
  protected String table() {
    return "invoices";
  }
}
