-- Identifier columns of fixed-length codes (ULIDs) never pad.
CREATE TABLE features (
  id character(26) NOT NULL PRIMARY KEY,
  parent_id character(26),
  name text
);
-- A foreign key column must match the key it references.
ALTER TABLE entitlements ADD COLUMN subscription_item character(26), ADD CONSTRAINT entitlements_subscription_item_fk FOREIGN KEY (subscription_item) REFERENCES subscription_items (id) NOT VALID;
