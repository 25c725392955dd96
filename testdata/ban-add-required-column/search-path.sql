-- "Created earlier in this migration" means the table the name resolves to.
CREATE SCHEMA reporting;
CREATE TABLE reporting.daily_totals (day date PRIMARY KEY, total_cents bigint NOT NULL);
ALTER TABLE reporting.daily_totals ADD COLUMN currency text NOT NULL;

-- With the default search_path, daily_totals is public.daily_totals, which may have rows.
-- expect: ban-add-required-column
ALTER TABLE daily_totals ADD COLUMN region text NOT NULL;

SET search_path TO reporting;
ALTER TABLE daily_totals ADD COLUMN source text NOT NULL;
