-- expect: ban-cluster "CLUSTER rewrites orders while holding an ACCESS EXCLUSIVE lock"
CLUSTER orders USING orders_created_at_idx;

-- expect: ban-cluster "every previously clustered table"
CLUSTER;
