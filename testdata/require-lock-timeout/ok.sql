-- A session-level SET lasts for the rest of the script, across transactions.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
BEGIN;
CREATE INDEX orders_note_idx ON orders (note);
COMMIT;
TRUNCATE sessions;
-- set_config(..., false) is a session-level SET.
RESET lock_timeout;
SELECT set_config('lock_timeout', '4s', false);
ALTER TABLE customers ADD COLUMN fax text;
