-- Numbered scripts are run by hand with psql, and nothing records which ran: even inside BEGIN ... COMMIT,
-- running one twice fails.
BEGIN;
-- expect: require-if-not-exists "CREATE TABLE ledger_entries has no IF NOT EXISTS: numbered scripts are run by hand and nothing records that this one ran"
CREATE TABLE ledger_entries (id bigint PRIMARY KEY, amount numeric NOT NULL);
-- expect: require-if-not-exists "CREATE INDEX ledger_entries_amount_idx on ledger_entries has no IF NOT EXISTS: numbered scripts are run by hand"
CREATE INDEX ledger_entries_amount_idx ON ledger_entries (amount);
COMMIT;
