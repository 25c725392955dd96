-- expect: ban-truncate "TRUNCATE sessions deletes all of its rows under an ACCESS EXCLUSIVE lock"
TRUNCATE sessions;

-- expect: ban-truncate "TRUNCATE cache_entries"
-- expect: ban-truncate "TRUNCATE cache_tags"
TRUNCATE TABLE cache_entries, cache_tags;
