-- claim-of: ALTER TABLE ... DETACH PARTITION
-- setup:
CREATE TABLE pt (id int NOT NULL, v int) PARTITION BY RANGE (id);
CREATE TABLE part1 PARTITION OF pt FOR VALUES FROM (0) TO (100000);
INSERT INTO pt SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad plain
-- note: before 14 the partition itself is locked SHARE UPDATE EXCLUSIVE (the parent's lock blocks queries through it)
-- proof: lock pt AccessExclusiveLock; lock part1 ShareUpdateExclusiveLock; pg<14
-- proof: lock pt AccessExclusiveLock; lock part1 AccessExclusiveLock; pg>=14
ALTER TABLE pt DETACH PARTITION part1;

-- case: ok concurrently
-- session: autocommit
-- proof: lock pt ShareUpdateExclusiveLock; pg>=14
-- proof: error 42601; pg<14
ALTER TABLE pt DETACH PARTITION part1 CONCURRENTLY;

-- case: bad concurrently-in-transaction
-- proof: error 25001; pg>=14
-- proof: error 42601; pg<14
ALTER TABLE pt DETACH PARTITION part1 CONCURRENTLY;
