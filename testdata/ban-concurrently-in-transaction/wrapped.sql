-- config: tx=wrapped
-- expect: ban-concurrently-in-transaction "--assume-in-transaction is set"
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
