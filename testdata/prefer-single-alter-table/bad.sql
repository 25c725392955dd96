ALTER TABLE orders ADD COLUMN note text;
-- expect: prefer-single-alter-table "3 consecutive ALTER TABLE statements on orders (from line 1)"
ALTER TABLE orders ADD COLUMN paid boolean;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
