-- The project writes undo migrations (U1 exists), so V2 needs one too.
-- expect: require-down-migration "Flyway migration V2 has no undo migration"
ALTER TABLE orders ADD COLUMN region text;
