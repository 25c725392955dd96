CREATE TABLE payments (id bigint PRIMARY KEY, amount numeric);
CREATE TRIGGER payments_audit AFTER UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE payments ENABLE TRIGGER payments_audit;
