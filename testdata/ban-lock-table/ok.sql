-- Modes that do not block the application's reads or writes.
LOCK TABLE orders IN SHARE UPDATE EXCLUSIVE MODE;
LOCK TABLE orders IN ROW EXCLUSIVE MODE;
LOCK TABLE orders IN ACCESS SHARE MODE;

-- A table created earlier in the same migration is new.
CREATE TABLE staging (id bigint);
LOCK TABLE staging;
