-- a plain index build runs in Flyway's migration transaction: nothing waits for the lock
CREATE INDEX users_id_email_idx ON users (id, email);
