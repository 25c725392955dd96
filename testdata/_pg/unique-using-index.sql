-- claim-of: ALTER TABLE ... ADD UNIQUE / PRIMARY KEY [USING INDEX]
-- setup:
CREATE TABLE t (id bigint NOT NULL, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad unique
-- note: builds the index under ACCESS EXCLUSIVE
-- proof: lock t AccessExclusiveLock; scan t yes
ALTER TABLE t ADD CONSTRAINT t_v_key UNIQUE (v);

-- case: bad primary-key
-- proof: lock t AccessExclusiveLock; scan t yes
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

-- case: ok unique-using-index
-- given: CREATE UNIQUE INDEX t_v_key ON t (v);
-- proof: lock t AccessExclusiveLock; scan t no; rewrite t_v_key no
ALTER TABLE t ADD CONSTRAINT t_v_key UNIQUE USING INDEX t_v_key;

-- case: ok primary-key-using-index
-- given: CREATE UNIQUE INDEX t_id_key ON t (id);
-- proof: lock t AccessExclusiveLock; scan t no
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_key;

-- case: bad primary-key-using-index-nullable
-- note: a nullable column is made NOT NULL first, which scans the table
-- given: CREATE UNIQUE INDEX t_v_key ON t (v);
-- proof: lock t AccessExclusiveLock; scan t yes
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_v_key;

-- case: bad exclude
-- note: an EXCLUDE constraint builds its index under ACCESS EXCLUSIVE and has no USING INDEX form
-- proof: lock t AccessExclusiveLock; scan t yes
ALTER TABLE t ADD CONSTRAINT t_v_excl EXCLUDE USING btree (v WITH =);
