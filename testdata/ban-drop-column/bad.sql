-- expect: ban-drop-column "Dropping column legacy_code of orders"
ALTER TABLE orders DROP COLUMN legacy_code;

-- Each dropped column is reported on its own action.
-- expect: ban-drop-column "column fax of customers"
-- expect: ban-drop-column "column telex of customers"
ALTER TABLE customers DROP COLUMN fax, DROP COLUMN IF EXISTS telex CASCADE;
