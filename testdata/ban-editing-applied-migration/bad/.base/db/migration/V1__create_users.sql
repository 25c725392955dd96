CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- expect: ban-editing-applied-migration "checksum mismatch"
  email text NOT NULL
);
