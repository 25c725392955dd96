-- written on another branch and merged with the version already taken
ALTER TABLE accounts ADD COLUMN phone text;
-- expect: ban-duplicate-migration-version "version 2"
