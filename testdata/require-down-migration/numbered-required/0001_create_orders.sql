-- require-downgrade is set (.godwit.yml) and this migration has a rollback script.
CREATE TABLE orders (id bigint PRIMARY KEY);
