SET lock_timeout = '3s';
ALTER TABLE billing.payments ALTER COLUMN amount_cents TYPE bigint;
