ALTER TABLE ${schema}.products DROP COLUMN name;
