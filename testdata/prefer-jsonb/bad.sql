CREATE TABLE webhooks (
  id bigint PRIMARY KEY,
  -- expect: prefer-jsonb "Column webhooks.payload is json"
  payload json NOT NULL
);
