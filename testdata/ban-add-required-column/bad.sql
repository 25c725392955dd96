-- expect: ban-add-required-column "Adding NOT NULL column region to orders without a default"
ALTER TABLE orders ADD COLUMN region text NOT NULL;

-- expect: ban-add-required-column "contains null values"
ALTER TABLE billing.invoices ADD COLUMN currency char(3) NOT NULL;

-- An explicit NULL default is no default.
-- expect: ban-add-required-column "column tenant_id to accounts"
ALTER TABLE accounts ADD COLUMN tenant_id bigint NOT NULL DEFAULT NULL;

-- expect: ban-add-required-column "PRIMARY KEY column id to legacy_events"
ALTER TABLE legacy_events ADD COLUMN id bigint PRIMARY KEY;
