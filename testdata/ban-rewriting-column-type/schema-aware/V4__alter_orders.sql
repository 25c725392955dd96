-- An enum is stored as OIDs: converting it to text rewrites every row (measured on PostgreSQL 10 to 18).
-- expect: ban-rewriting-column-type "enum order_state is stored differently from text"
ALTER TABLE orders ALTER COLUMN state TYPE text;
-- No precision is microseconds: a lower one rounds and rewrites every value; timestamp(6) changes nothing.
-- expect: ban-rewriting-column-type "reducing the precision from 6 to 3 digits"
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp(3);
ALTER TABLE orders ALTER COLUMN paid_at TYPE timestamp(6);
-- text -> uuid without USING fails at once (42804): nothing is rewritten.
ALTER TABLE orders ALTER COLUMN external_ref TYPE uuid;
-- varchar -> citext keeps the table, but an index on the column is rebuilt (its operator class changes).
-- expect: ban-rewriting-column-type "keeps the table, but rebuilds every index on email"
ALTER TABLE orders ALTER COLUMN email TYPE citext;
ALTER TABLE orders ALTER COLUMN note TYPE citext;
