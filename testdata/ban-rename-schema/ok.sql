-- A schema created earlier in the same migration.
CREATE SCHEMA scratch;
ALTER SCHEMA scratch RENAME TO staging;

-- Changing the owner renames nothing.
ALTER SCHEMA billing OWNER TO billing_owner;
