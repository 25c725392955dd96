-- spring.flyway.init-sqls sets lock_timeout on every connection Flyway opens
ALTER TABLE orders ADD COLUMN note text;
