-- The rollback runs by hand too.
-- expect: require-if-exists "DROP TABLE ledger_flags_tmp has no IF EXISTS: rollback scripts are run by hand"
DROP TABLE ledger_flags_tmp;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_flag_check CHECK (amount <> 0);
