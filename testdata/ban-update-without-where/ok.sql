UPDATE orders SET status = 'open' WHERE status IS NULL AND id BETWEEN 1 AND 10000;

-- A table created in the same migration is empty.
CREATE TABLE flags (name text, enabled boolean);
UPDATE flags SET enabled = false;
