-- expect: ban-drop-schema "Dropping schema reporting with CASCADE"
DROP SCHEMA reporting CASCADE;

-- expect: ban-drop-schema "Dropping schema staging"
DROP SCHEMA IF EXISTS staging;
