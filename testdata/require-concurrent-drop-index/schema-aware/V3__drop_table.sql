-- Indexes dropped just before their table: DROP TABLE takes the same lock anyway.
CREATE INDEX CONCURRENTLY audit_at_idx ON accounts (id);
DROP INDEX audit_at_idx;
DROP TABLE accounts;
