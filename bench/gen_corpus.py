#!/usr/bin/env python3
"""Writes a synthetic migration corpus: FILES files of about STATEMENTS/FILES statements each, spread
over the formats Godwit reads (Flyway V/U files, golang-migrate up/down pairs, plain SQL). The text is
deterministic for a given size (fixed random seed) and mixes the statements real migrations hold:
tables, columns, indexes, constraints, data fixes, functions with dollar quotes, comments.

usage: gen_corpus.py OUT_DIR FILES STATEMENTS
"""
import os
import random
import sys

COLUMN_TYPES = ["integer", "bigint", "text", "varchar(100)", "boolean", "timestamptz", "numeric(12,2)", "jsonb", "uuid"]


def statements(rng, n, file_no):
    t = f"t{file_no % 500}"
    out = []
    while len(out) < n:
        k = rng.randrange(14)
        c = f"c{rng.randrange(40)}"
        if k == 0:
            cols = ",\n  ".join(f"col{i} {rng.choice(COLUMN_TYPES)}" + (" NOT NULL" if i % 3 == 0 else "")
                                for i in range(rng.randrange(3, 9)))
            out.append(f"CREATE TABLE IF NOT EXISTS {t}_{len(out)} (\n  id bigserial PRIMARY KEY,\n  {cols}\n)")
        elif k == 1:
            out.append(f"ALTER TABLE {t} ADD COLUMN {c} {rng.choice(COLUMN_TYPES)}")
        elif k == 2:
            out.append(f"ALTER TABLE {t} ADD COLUMN {c} integer NOT NULL DEFAULT {rng.randrange(100)}")
        elif k == 3:
            out.append(f"CREATE INDEX {t}_{c}_idx ON {t} ({c})")
        elif k == 4:
            out.append(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {t}_{c}_idx2 ON {t} USING btree ({c}, id)")
        elif k == 5:
            out.append(f"ALTER TABLE {t} ADD CONSTRAINT {t}_{c}_fk FOREIGN KEY ({c}) REFERENCES other (id) NOT VALID")
        elif k == 6:
            out.append(f"UPDATE {t} SET {c} = 'value ''{rng.randrange(1000)}''' WHERE id BETWEEN {rng.randrange(1000)} AND {rng.randrange(1000, 5000)}")
        elif k == 7:
            vals = ", ".join(f"({i}, 'name {i}', now())" for i in range(rng.randrange(1, 6)))
            out.append(f"INSERT INTO {t} (id, name, created_at) VALUES {vals}")
        elif k == 8:
            out.append(f"-- {c} is no longer read by the application\nALTER TABLE {t} DROP COLUMN IF EXISTS {c}")
        elif k == 9:
            out.append(f"CREATE OR REPLACE FUNCTION {t}_touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                       f"  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$")
        elif k == 10:
            out.append(f"ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL")
        elif k == 11:
            out.append(f"DROP INDEX IF EXISTS {t}_{c}_old_idx")
        elif k == 12:
            out.append(f"COMMENT ON COLUMN {t}.{c} IS 'what {c} holds; see ticket {rng.randrange(9999)}'")
        else:
            out.append(f"/* backfill */ ALTER TABLE {t} ALTER COLUMN {c} TYPE bigint USING {c}::bigint")
    return out


def main():
    out_dir, files, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(20261122)
    per = max(1, total // files)
    extra = total - per * files
    written = 0
    for i in range(files):
        n = per + (1 if i < extra else 0)
        kind = i % 4
        if kind == 0:
            d, name = "flyway", f"V{i + 1}__change_{i}.sql"
        elif kind == 1:
            d, name = "golang", f"{i + 1:06d}_change_{i}.up.sql"
        elif kind == 2:
            d, name = "golang", f"{i:06d}_change_{i - 1}.down.sql"  # the down of the previous up
        else:
            d, name = "plain", f"change_{i:06d}.sql"
        path = os.path.join(out_dir, d, f"part{i // 1000:03d}", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        body = ";\n\n".join(statements(rng, n, i)) + ";\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"-- generated migration {i}\n" + body)
        written += n
    print(f"{files} files, {written} statements in {out_dir}")


if __name__ == "__main__":
    main()
