ALTER TABLE accounts VALIDATE CONSTRAINT accounts_name_not_null;
