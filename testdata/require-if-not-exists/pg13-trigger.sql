-- config: pg-version=13
-- CREATE OR REPLACE TRIGGER arrived in PostgreSQL 14: before it, the guard is a DROP TRIGGER IF EXISTS.
-- expect: require-if-not-exists "CREATE TRIGGER orders_touch_trg on orders has no guard" help "DROP TRIGGER IF EXISTS orders_touch_trg ON orders just before it (CREATE OR REPLACE TRIGGER needs PostgreSQL 14)"
CREATE TRIGGER orders_touch_trg BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();

-- Constraint triggers have no OR REPLACE on any version.
-- expect: require-if-not-exists "CREATE CONSTRAINT TRIGGER orders_check_trg on orders has no guard" help "OR REPLACE does not apply to constraint triggers"
CREATE CONSTRAINT TRIGGER orders_check_trg AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION check_order();
