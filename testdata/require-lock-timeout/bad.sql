-- expect: require-lock-timeout "ALTER TABLE takes an ACCESS EXCLUSIVE lock on orders with no lock_timeout set"
ALTER TABLE orders ADD COLUMN note text;
-- Only the first such statement of a script is reported: one SET fixes them all.
CREATE INDEX orders_note_idx ON orders (note);
