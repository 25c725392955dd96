-- a Flyway callback, not a migration
ANALYZE products;
