--liquibase formatted sql

--changeset ann:1
CREATE TABLE orders (id bigint PRIMARY KEY);
--rollback DROP TABLE orders;

--changeset ann:2
-- expect: require-down-migration "changeset ann:2 has no --rollback"
ALTER TABLE orders ADD COLUMN region text;

--changeset ann:3
INSERT INTO orders (id) VALUES (1);
--rollback not required

--changeset ann:4
/* liquibase rollback
DELETE FROM orders WHERE id = 2;
*/
INSERT INTO orders (id) VALUES (2);
