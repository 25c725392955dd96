-- config: tx=wrapped
-- In a migration the tool runs in one transaction, SET LOCAL covers the whole script.
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
CREATE INDEX orders_note_idx ON orders (note);
