-- expect: ban-truncate-cascade "TRUNCATE customers CASCADE also empties every table that references it"
TRUNCATE customers CASCADE;
