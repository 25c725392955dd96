-- Exactly 63 bytes is allowed.
CREATE INDEX abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefgh ON t (a);
CREATE TABLE customers (id bigint PRIMARY KEY);
