CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email varchar(50) NOT NULL,
    bio varchar(200),
    code text,
    balance numeric(10, 2),
    rate numeric(8, 4),
    created_at timestamp,
    tag varchar(20)
);
