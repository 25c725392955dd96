"""Builds the search indexes of the catalog without blocking writes (psycopg 3)."""
import os

import psycopg

with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as conn:
    conn.execute("SET lock_timeout = '5s'")
    conn.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS products_name_idx ON products (name)")
    with conn.transaction():
        conn.execute("UPDATE products SET search_name = lower(name) WHERE search_name IS NULL")
        # expect: ban-concurrently-in-transaction "with block at line 9"
        conn.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS products_search_idx ON products (search_name)")
    conn.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS products_sku_idx ON products (sku)")

with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
    conn.execute("SELECT 1")
    conn.execute("COMMIT")
    # psycopg 3 opens a new transaction here: it asks the server, which has none
    # expect: ban-concurrently-in-transaction "Python DB driver"
    conn.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS products_brand_idx ON products (brand)")
