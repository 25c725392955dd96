-- expect: require-down-migration "no rollback script in rollback/"
ALTER TABLE orders ADD COLUMN region text;
