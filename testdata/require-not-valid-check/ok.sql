ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;

-- A table created earlier in the same migration is empty.
CREATE TABLE refunds (id bigint PRIMARY KEY, amount numeric NOT NULL);
ALTER TABLE refunds ADD CONSTRAINT refunds_amount_positive CHECK (amount > 0);

-- the column first, its check NOT VALID afterwards
ALTER TABLE orders ADD COLUMN discount_pct int;
ALTER TABLE orders ADD CONSTRAINT orders_discount_pct_check CHECK (discount_pct BETWEEN 0 AND 100) NOT VALID;
-- a new table is empty
CREATE TABLE coupons (id bigint PRIMARY KEY);
ALTER TABLE coupons ADD COLUMN pct int CHECK (pct > 0);
