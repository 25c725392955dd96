-- migrate:up
-- expect: require-if-exists "DROP TABLE coupons has no IF EXISTS: inside the transaction dbmate opens"
DROP TABLE coupons;

-- migrate:down
CREATE TABLE coupons (code text PRIMARY KEY);
