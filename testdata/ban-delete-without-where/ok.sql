DELETE FROM sessions WHERE expires_at < now();

-- A table created in the same migration.
CREATE TABLE seed (id int);
DELETE FROM seed;
