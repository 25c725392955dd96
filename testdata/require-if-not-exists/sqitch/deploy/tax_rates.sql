-- sqitch records deployed changes in its registry; the script's own transaction rolls a failure back.
BEGIN;
-- expect: require-if-not-exists "CREATE TABLE tax_rates has no IF NOT EXISTS: inside the script's transaction, a failure rolls back cleanly and sqitch records"
CREATE TABLE tax_rates (code text PRIMARY KEY, rate numeric NOT NULL);
COMMIT;
