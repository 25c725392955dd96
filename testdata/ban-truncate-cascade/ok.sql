-- Without CASCADE PostgreSQL refuses while other tables reference the truncated one.
TRUNCATE sessions;

-- Tables created in the same migration.
CREATE TABLE batch (id bigint PRIMARY KEY);
CREATE TABLE batch_line (batch_id bigint REFERENCES batch (id));
TRUNCATE batch CASCADE;
