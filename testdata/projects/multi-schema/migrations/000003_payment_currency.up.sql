SET lock_timeout = '3s';
-- payments is billing.payments (the search_path of 000002): the history knows amount_cents is bigint.
ALTER TABLE payments ALTER COLUMN amount_cents TYPE numeric(20, 0);
