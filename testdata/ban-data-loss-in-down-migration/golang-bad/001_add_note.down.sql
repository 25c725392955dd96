ALTER TABLE orders DROP COLUMN note;
-- expect: ban-data-loss-in-down-migration "drops column status of orders, which the up migration did not add"
ALTER TABLE orders DROP COLUMN status;
-- expect: ban-data-loss-in-down-migration "drops table customers, which the up migration did not create"
DROP TABLE customers;
-- expect: ban-data-loss-in-down-migration "truncates sessions"
TRUNCATE sessions;
