-- A table created earlier in the same migration has no readers yet.
CREATE TABLE drafts (id bigint PRIMARY KEY, body text, scratch text);
ALTER TABLE drafts DROP COLUMN scratch;

-- Adding a column breaks nobody.
ALTER TABLE orders ADD COLUMN note text;
