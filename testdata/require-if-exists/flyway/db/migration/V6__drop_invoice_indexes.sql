-- Non-transactional (DROP INDEX CONCURRENTLY): the first drop commits before the second starts.
-- expect: require-if-exists "DROP INDEX invoices_legacy_idx has no IF EXISTS: outside a transaction, re-running the migration after a later failure stops here"
DROP INDEX CONCURRENTLY invoices_legacy_idx;
-- expect: require-if-exists "DROP INDEX invoices_old_total_idx has no IF EXISTS: as the script's last statement"
DROP INDEX CONCURRENTLY invoices_old_total_idx;
