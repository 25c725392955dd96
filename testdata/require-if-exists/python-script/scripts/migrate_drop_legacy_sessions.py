import psycopg

with psycopg.connect("dbname=app") as conn:
    # expect: require-if-exists "DROP TABLE legacy_sessions has no IF EXISTS: this Python script runs its SQL itself"
    conn.execute("DROP TABLE legacy_sessions")
    conn.execute("DROP INDEX IF EXISTS sessions_legacy_idx")
