-- expect: ban-lock-table "LOCK TABLE orders takes an ACCESS EXCLUSIVE lock held until the transaction ends: it blocks reads and writes"
LOCK TABLE orders;

-- expect: ban-lock-table "takes a SHARE lock held until the transaction ends: it blocks writes"
LOCK TABLE accounts, invoices IN SHARE MODE;
