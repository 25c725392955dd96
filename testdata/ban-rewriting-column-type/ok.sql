-- Unknown old type and a target that can be binary coercible: Godwit stays quiet.
ALTER TABLE orders ALTER COLUMN note TYPE text;
ALTER TABLE orders ALTER COLUMN code TYPE varchar(100);

-- A table created earlier in the same migration is empty.
CREATE TABLE coupons (id int PRIMARY KEY, code varchar(10));
ALTER TABLE coupons ALTER COLUMN id TYPE bigint;
