-- Statements inside a DO block run with the migration and are checked too.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note') THEN
    -- expect: require-lock-timeout "ALTER TABLE takes an ACCESS EXCLUSIVE lock on orders"
    ALTER TABLE orders ADD COLUMN note text;
  END IF;
END
$$;
