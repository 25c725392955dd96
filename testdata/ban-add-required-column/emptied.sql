-- A table emptied earlier in the same transaction has no row for a NOT NULL column to fail on, and the
-- TRUNCATE's lock keeps the application from adding one until the commit.
BEGIN;
TRUNCATE exchange_rates;
ALTER TABLE exchange_rates ADD COLUMN source text NOT NULL;
DELETE FROM rate_snapshots;
ALTER TABLE rate_snapshots ADD COLUMN taken_at timestamptz NOT NULL;
COMMIT;

-- Rows inserted after the TRUNCATE are rows again.
BEGIN;
TRUNCATE currencies;
INSERT INTO currencies (code) VALUES ('EUR'), ('USD');
-- expect: ban-add-required-column "Adding NOT NULL column symbol to currencies without a default fails"
ALTER TABLE currencies ADD COLUMN symbol text NOT NULL;
COMMIT;

-- Outside a transaction the application may insert between the TRUNCATE and the ALTER TABLE.
TRUNCATE price_alerts;
-- expect: ban-add-required-column "Adding NOT NULL column channel to price_alerts without a default fails"
ALTER TABLE price_alerts ADD COLUMN channel text NOT NULL;
