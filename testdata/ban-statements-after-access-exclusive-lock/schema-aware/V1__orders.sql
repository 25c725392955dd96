CREATE TABLE orders (id bigint PRIMARY KEY, ref varchar(20), total numeric NOT NULL);
