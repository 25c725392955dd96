-- Flyway runs this file without a transaction (it holds CONCURRENTLY), but holds its own lock in one
-- expect: ban-concurrently-with-flyway-transactional-lock "hangs forever" help "postgresql.transactional.lock=false"
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);
