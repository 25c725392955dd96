-- Identifier columns of fixed-length codes (ULIDs) never pad.
CREATE TABLE features (
  id character(26) NOT NULL PRIMARY KEY,
  parent_id character(26),
  name text
);
