CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);
