-- expect: require-concurrent-detach-partition "DETACH PARTITION measurements_2019 takes an ACCESS EXCLUSIVE lock on measurements"
ALTER TABLE measurements DETACH PARTITION measurements_2019;
