-- expect: require-if-exists "DROP CONSTRAINT ledger_flag_check on ledger_entries has no IF EXISTS: numbered scripts are run by hand"
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_flag_check;
