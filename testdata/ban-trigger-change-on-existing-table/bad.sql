-- expect: ban-trigger-change-on-existing-table "CREATE TRIGGER orders_audit takes a SHARE ROW EXCLUSIVE lock on orders"
CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();

-- expect: ban-trigger-change-on-existing-table "DISABLE TRIGGER orders_audit"
ALTER TABLE orders DISABLE TRIGGER orders_audit;
