ALTER TABLE ${schema}.products ADD COLUMN name text NOT NULL;
