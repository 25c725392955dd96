CREATE TABLE webhooks (
  id bigint PRIMARY KEY,
  payload jsonb NOT NULL
);
