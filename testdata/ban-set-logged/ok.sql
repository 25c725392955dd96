-- Chosen at creation, or changed on a table created in the same migration.
CREATE UNLOGGED TABLE import_batch (id bigint, line text);
ALTER TABLE import_batch SET LOGGED;
