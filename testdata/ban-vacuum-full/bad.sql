-- expect: ban-vacuum-full "VACUUM FULL rewrites orders while holding an ACCESS EXCLUSIVE lock"
VACUUM FULL orders;

-- expect: ban-vacuum-full "every table of the database"
VACUUM (FULL, ANALYZE);
