--liquibase formatted sql

-- Liquibase runs one update on one connection, so this SET is in force in changeset 2 when both run in
-- the same update. But a changeset added later runs in an update that skips changeset 1 (already applied):
-- then nothing sets lock_timeout. Only a lock_timeout set in the changeset itself counts.
--changeset ana:1
SET lock_timeout = '4s';
ALTER TABLE orders ADD COLUMN note text;

--changeset ana:2
-- expect: require-lock-timeout "no lock_timeout set"
ALTER TABLE orders ADD COLUMN region text;

--changeset ana:3
SET lock_timeout = '4s';
ALTER TABLE orders ADD COLUMN channel text;
