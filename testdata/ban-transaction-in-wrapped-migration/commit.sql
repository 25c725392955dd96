-- config: tx=wrapped
ALTER TABLE orders ADD COLUMN note text;
-- expect: ban-transaction-in-wrapped-migration "COMMIT ends the transaction the tool opened"
COMMIT;
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
