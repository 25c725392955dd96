#!/usr/bin/env python3
"""Adds the shipping columns and their indexes to orders (run once per environment)."""
import os

import psycopg2
from psycopg2.extensions import ISOLATION_LEVEL_AUTOCOMMIT, ISOLATION_LEVEL_READ_COMMITTED


def main():
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    cur = conn.cursor()
    cur.execute("SET lock_timeout = '5s'")
    cur.execute("ALTER TABLE orders ADD COLUMN shipped_at timestamptz")
    # still in the transaction psycopg2 opened at the first execute()
    # expect: ban-concurrently-in-transaction "Python DB driver"
    cur.execute("CREATE INDEX CONCURRENTLY orders_shipped_at_idx ON orders (shipped_at)")
    conn.commit()

    conn.autocommit = True
    cur.execute("CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id)")
    # one string with two statements: PostgreSQL runs them as one implicit transaction
    # expect: ban-concurrently-in-transaction "implicit transaction"
    cur.execute("SET lock_timeout = '5s'; CREATE INDEX CONCURRENTLY orders_region_idx ON orders (region)")
    cur.execute("BEGIN")
    # expect: ban-concurrently-in-transaction "BEGIN at line 24"
    cur.execute("CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status)")
    cur.execute("COMMIT")

    conn.set_isolation_level(ISOLATION_LEVEL_READ_COMMITTED)
    cur.execute("UPDATE orders SET region = 'eu' WHERE region IS NULL")
    conn.commit()
    conn.set_isolation_level(ISOLATION_LEVEL_AUTOCOMMIT)
    cur.execute("CREATE INDEX CONCURRENTLY orders_updated_at_idx ON orders (updated_at)")

    conn.autocommit = False
    cur.execute("SELECT 1")
    cur.execute("COMMIT")
    # the script's COMMIT ended psycopg2's transaction; psycopg2 opens none until commit()
    cur.execute("CREATE INDEX CONCURRENTLY orders_paid_at_idx ON orders (paid_at)")
    conn.commit()

    with conn:
        # expect: ban-concurrently-in-transaction "Python DB driver"
        cur.execute("CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note)")
    conn.close()


if __name__ == "__main__":
    main()
