-- config: rules=all
SET lock_timeout = '5s';
-- godwit-ignore: require-concurrent-index -- lookup table with 12 rows
CREATE INDEX IF NOT EXISTS currencies_code_idx ON currencies (code);

-- A rule that is switched off makes no ignore comment "unused".
