"""Adds invoices.voided_at and backfills the status column, one short transaction per step."""
import os

import psycopg2

conn = psycopg2.connect(os.environ["DATABASE_URL"])
cur = conn.cursor()
cur.execute("SET lock_timeout = '5s'")
cur.execute("ALTER TABLE invoices ADD COLUMN voided_at timestamptz")
conn.commit()

# a new transaction: the ALTER TABLE's lock was released by commit()
cur.execute("UPDATE invoices SET status = 'open' WHERE status IS NULL")
conn.commit()

cur.execute("ALTER TABLE invoices ALTER COLUMN status SET DEFAULT 'open'")
# expect: ban-statements-after-access-exclusive-lock
cur.execute("UPDATE invoices SET voided_at = now() WHERE status = 'void'")
conn.commit()
