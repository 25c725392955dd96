-- migrate:up
-- expect: require-down-migration "has an empty -- migrate:down section"
CREATE TABLE orders (id bigint PRIMARY KEY);

-- migrate:down
-- nothing to do
