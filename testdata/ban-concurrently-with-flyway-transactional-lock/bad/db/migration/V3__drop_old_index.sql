-- expect: ban-concurrently-with-flyway-transactional-lock "DROP INDEX CONCURRENTLY"
DROP INDEX CONCURRENTLY IF EXISTS users_legacy_idx;
