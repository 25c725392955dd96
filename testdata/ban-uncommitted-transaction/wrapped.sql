-- config: tx=wrapped
-- In a script the tool wraps, the tool commits; ban-transaction-in-wrapped-migration reports the BEGIN.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
