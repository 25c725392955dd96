package db.migration;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.primaryKey;
import static org.jooq.impl.DSL.using;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.NUMERIC;
import static org.jooq.impl.SQLDataType.VARCHAR;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;

/** jOOQ DDL, in a jOOQ transaction. */
public class V5__CreateLedger extends BaseJavaMigration {
  @Override
  public void migrate(Context context) {
    DSLContext ledger = using(context.getConnection());
    ledger.transaction(cfg -> {
      using(cfg)
          .createTableIfNotExists("ledger_entries")
          .column("id", BIGINT.identity(true))
          .column("invoice_id", BIGINT.nullable(false))
          .column("amount", NUMERIC(14, 2).nullable(false))
          .column("memo", VARCHAR(200))
          .constraints(
              primaryKey("id"),
              constraint("ledger_invoice_fk").foreignKey("invoice_id").references("invoices", "id"))
          .execute();
      using(cfg).createIndex("ledger_invoice_idx").on("ledger_entries", "invoice_id").execute();
      using(cfg).alterTable("invoices").renameColumn("total").to("amount").execute();
      using(cfg).createSequence("ledger_batch_seq").execute();
    });
  }
}
