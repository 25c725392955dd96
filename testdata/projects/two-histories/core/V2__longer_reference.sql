SET lock_timeout = '3s';
ALTER TABLE orders ALTER COLUMN reference TYPE varchar(80);
