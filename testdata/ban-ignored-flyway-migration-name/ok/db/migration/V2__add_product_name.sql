ALTER TABLE products ADD COLUMN name text;
