-- config: idempotency=off
-- `idempotency: off` silences the rule.
DROP TABLE legacy_flags;
ALTER TABLE orders DROP COLUMN legacy_code;
