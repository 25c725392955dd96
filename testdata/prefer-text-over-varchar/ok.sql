CREATE TABLE customers (
  id bigint PRIMARY KEY,
  email text NOT NULL CHECK (char_length(email) <= 320),
  -- varchar without a length is text under another name
  nickname varchar
);
