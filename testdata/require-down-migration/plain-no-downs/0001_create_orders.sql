-- Plain/numbered SQL without require-downgrade: no downgrade is expected.
CREATE TABLE orders (id bigint PRIMARY KEY);
