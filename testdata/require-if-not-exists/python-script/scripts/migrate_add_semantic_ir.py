"""Adds the semantic_ir table. Run it by hand: python scripts/migrate_add_semantic_ir.py"""
import psycopg2

conn = psycopg2.connect("dbname=app")
cur = conn.cursor()
# expect: require-if-not-exists "CREATE TABLE semantic_ir has no IF NOT EXISTS: this Python script runs its SQL itself and nothing records that this one ran"
cur.execute("""CREATE TABLE semantic_ir (
        id bigserial PRIMARY KEY,
        document_id bigint NOT NULL,
        body jsonb NOT NULL
    )
""")
# expect: require-if-not-exists "ADD COLUMN ir_version on documents has no IF NOT EXISTS: this Python script"
cur.execute("ALTER TABLE documents ADD COLUMN ir_version int")
cur.execute("CREATE INDEX IF NOT EXISTS semantic_ir_document_idx ON semantic_ir (document_id)")
conn.commit()
