CREATE TABLE events (
  id bigint PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  happened_on date,
  opens_at time
);
