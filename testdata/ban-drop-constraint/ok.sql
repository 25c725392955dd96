-- A constraint dropped and added back under the same name is a redefinition, not a removal.
ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE NOT VALID;

-- A table created in the same migration.
CREATE TABLE tags (id bigint PRIMARY KEY, name text, CONSTRAINT tags_name_check CHECK (name <> ''));
ALTER TABLE tags DROP CONSTRAINT tags_name_check;

-- Dropped and replaced in one statement: a redefinition under a new name.
ALTER TABLE billing_profiles DROP CONSTRAINT billing_profiles_apps_tax_app, ADD CONSTRAINT billing_profiles_tax_app_fk FOREIGN KEY (tax_app_id) REFERENCES apps (id) NOT VALID;
