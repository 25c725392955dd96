# migrations/0003.py
import psycopg2
conn = psycopg2.connect("")
cur = conn.cursor()
cur.execute("""ALTER TABLE t ADD c int;
  CREATE INDEX i ON t (c)
cur.execute('x\
