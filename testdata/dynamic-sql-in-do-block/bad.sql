DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    -- expect: dynamic-sql-in-do-block "Dynamic SQL in this DO block is not analyzed: EXECUTE format"
    EXECUTE format('ALTER TABLE %I ADD COLUMN tenant_id bigint', t);
  END LOOP;
END
$$;
