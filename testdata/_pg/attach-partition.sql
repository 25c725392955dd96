-- claim-of: ALTER TABLE ... ATTACH PARTITION
-- rules: require-check-before-attach-partition
-- setup:
CREATE TABLE pt (id int NOT NULL, v int) PARTITION BY RANGE (id);
CREATE TABLE part1 (id int NOT NULL, v int);
INSERT INTO part1 SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad without-check
-- note: the parent's lock is weaker from 12 on
-- proof: lock part1 AccessExclusiveLock; lock pt AccessExclusiveLock; scan part1 yes; pg<12
-- proof: lock part1 AccessExclusiveLock; lock pt ShareUpdateExclusiveLock; scan part1 yes; pg>=12
ALTER TABLE pt ATTACH PARTITION part1 FOR VALUES FROM (0) TO (100000);

-- case: ok matching-check
-- given: ALTER TABLE part1 ADD CONSTRAINT part1_range CHECK (id >= 0 AND id < 100000);
-- proof: lock part1 AccessExclusiveLock; lock pt AccessExclusiveLock; scan part1 no; message is implied by existing constraints; pg<12
-- proof: lock part1 AccessExclusiveLock; lock pt ShareUpdateExclusiveLock; scan part1 no; message is implied by existing constraints; pg>=12
ALTER TABLE pt ATTACH PARTITION part1 FOR VALUES FROM (0) TO (100000);

-- case: bad unrelated-check
-- note: a validated CHECK that does not imply the bound does not spare the scan
-- given: ALTER TABLE part1 ADD CONSTRAINT part1_v_pos CHECK (v >= 0);
-- proof: lock part1 AccessExclusiveLock; lock pt AccessExclusiveLock; scan part1 yes; pg<12
-- proof: lock part1 AccessExclusiveLock; lock pt ShareUpdateExclusiveLock; scan part1 yes; pg>=12
ALTER TABLE pt ATTACH PARTITION part1 FOR VALUES FROM (0) TO (100000);
