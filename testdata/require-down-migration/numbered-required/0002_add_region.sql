-- No rollback/0002_rollback_add_region.sql, and require-downgrade is set.
-- expect: require-down-migration "has no down migration, and require-downgrade is set"
ALTER TABLE orders ADD COLUMN region text;
