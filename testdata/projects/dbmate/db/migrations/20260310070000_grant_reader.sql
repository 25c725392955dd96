-- migrate:up
GRANT SELECT ON profiles TO reader;

-- migrate:down

