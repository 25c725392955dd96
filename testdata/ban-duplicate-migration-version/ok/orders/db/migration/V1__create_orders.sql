-- each service has its own Flyway location and its own versions
CREATE TABLE orders (id bigint PRIMARY KEY);
