-- Rollback scripts are run by hand too: they are checked.
DROP INDEX IF EXISTS ledger_entries_amount_idx;
DROP TABLE IF EXISTS ledger_entries;
-- expect: require-if-not-exists "CREATE TABLE ledger_archive has no IF NOT EXISTS: rollback scripts are run by hand"
CREATE TABLE ledger_archive (id bigint PRIMARY KEY);
