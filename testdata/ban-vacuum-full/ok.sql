VACUUM orders;
VACUUM (ANALYZE) orders;
ANALYZE orders;
