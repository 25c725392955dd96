SET lock_timeout = '5s';
-- expect: require-statement-timeout "rewrites the table to change id to bigint"
ALTER TABLE events ALTER COLUMN id TYPE bigint;
-- one SET statement_timeout would cover this one too: not reported again
ALTER TABLE events ALTER COLUMN account_id TYPE bigint;
-- the same type: nothing to rewrite, nothing to report
ALTER TABLE events ALTER COLUMN kind TYPE text;
