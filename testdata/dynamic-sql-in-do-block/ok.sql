-- Static statements in a DO block are analyzed; EXECUTE inside a function runs at call time.
DO $$
BEGIN
  ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;
  -- a plain string literal is static SQL too
  EXECUTE 'ALTER TABLE orders ADD COLUMN IF NOT EXISTS remark text';
END
$$;
CREATE FUNCTION run(cmd text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE cmd;
END
$$;
