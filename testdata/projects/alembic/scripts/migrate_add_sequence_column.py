#!/usr/bin/env python3
"""One-off migration for the event store: adds a global sequence number to events."""
import psycopg2

DSN = "dbname=events"


def main():
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute("ALTER TABLE events ADD COLUMN seq bigint")
    cur.execute(
        "CREATE UNIQUE INDEX CONCURRENTLY events_seq_idx "
        "ON events (seq)"
    )
    table = "events_archive"
    cur.execute("ALTER TABLE " + table + " ADD COLUMN seq bigint")
    conn.commit()


if __name__ == "__main__":
    main()
