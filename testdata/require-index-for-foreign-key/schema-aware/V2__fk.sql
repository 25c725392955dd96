-- expect: require-index-for-foreign-key "Foreign key on sessions (account_id)"
ALTER TABLE sessions ADD CONSTRAINT sessions_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
-- logins.account_id is indexed since V1.
ALTER TABLE logins ADD CONSTRAINT logins_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
