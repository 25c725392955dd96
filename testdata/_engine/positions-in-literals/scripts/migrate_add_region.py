"""Adds the region column to customers; run by hand with the DSN in DATABASE_URL."""
# config: rules=all
import os

import psycopg2

conn = psycopg2.connect(os.environ["DATABASE_URL"])
cur = conn.cursor()
cur.execute("SET lock_timeout = '3s'")
# expect: ban-drop-column col 36 end 12:61
# expect: require-if-exists col 36 end 12:61
cur.execute("ALTER TABLE customers DROP COLUMN legacy_region")
conn.commit()
