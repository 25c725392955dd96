-- A table created in the same migration has no readers yet.
CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);
ALTER TABLE notes ALTER COLUMN body DROP NOT NULL;

-- Setting NOT NULL is another rule's concern.
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
