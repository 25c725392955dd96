-- A table is new only under the name PostgreSQL resolves: with the default search_path (public), the
-- unqualified orders is public.orders, the busy table the application uses, not the app.orders created here.
CREATE SCHEMA app;
CREATE TABLE app.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL
);
CREATE INDEX app_orders_customer_id_idx ON app.orders (customer_id);
-- expect: require-concurrent-index "on orders takes a SHARE lock"
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);

-- Once the search_path puts app first, orders is app.orders: new and empty.
SET search_path = app, public;
CREATE INDEX app_orders_status_idx ON orders (status);

-- Back to the default: public.orders again.
RESET search_path;
-- expect: require-concurrent-index "on orders takes a SHARE lock"
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);

-- SET LOCAL lasts until the transaction ends.
BEGIN;
SET LOCAL search_path = app;
CREATE INDEX app_orders_status_id_idx ON orders (status, id);
COMMIT;
-- expect: require-concurrent-index "on orders takes a SHARE lock"
CREATE INDEX CONCURRENTLY orders_status_id_idx ON orders (status, id);

-- An unqualified CREATE TABLE lands in the first schema of the path.
SELECT set_config('search_path', 'billing, public', false);
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL);
CREATE INDEX invoices_order_id_idx ON billing.invoices (order_id);
