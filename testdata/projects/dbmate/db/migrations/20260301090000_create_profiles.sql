-- migrate:up
CREATE TABLE profiles (
  id uuid PRIMARY KEY,
  handle text NOT NULL
);
CREATE INDEX profiles_handle_idx ON profiles (handle);

-- migrate:down
DROP TABLE profiles;
