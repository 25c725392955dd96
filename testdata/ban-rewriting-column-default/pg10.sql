-- config: pg-version=10
-- Before PostgreSQL 11 every non-null default rewrites the table.
-- expect: ban-rewriting-column-default "before PostgreSQL 11"
ALTER TABLE orders ADD COLUMN status varchar(20) NOT NULL DEFAULT 'new';

-- expect: ban-rewriting-column-default "DEFAULT now()"
ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();

-- Volatile defaults say so whatever the version.
-- expect: ban-rewriting-column-default "random() is volatile"
ALTER TABLE orders ADD COLUMN bucket float8 DEFAULT random();

-- Still fine: no default, or NULL.
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ADD COLUMN memo text DEFAULT NULL;
