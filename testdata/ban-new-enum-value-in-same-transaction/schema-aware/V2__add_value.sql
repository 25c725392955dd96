ALTER TYPE ticket_state ADD VALUE 'archived';
-- The literal names no type, but the schema knows tickets.state is a ticket_state.
-- expect: ban-new-enum-value-in-same-transaction "'archived'"
UPDATE tickets SET state = 'archived' WHERE id < 100;
