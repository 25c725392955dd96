CREATE TABLE ${schema}.products (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sku text NOT NULL,
  price_cents integer NOT NULL
);
CREATE UNIQUE INDEX products_sku_key ON ${schema}.products (sku);
