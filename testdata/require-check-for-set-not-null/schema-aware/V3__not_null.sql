-- email is already NOT NULL; name has a check validated in an earlier migration.
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;
-- expect: require-check-for-set-not-null "accounts.phone"
ALTER TABLE accounts ALTER COLUMN phone SET NOT NULL;
