-- Dynamic SQL: Godwit cannot tell what the down migration drops, so it stays quiet.
DO $$ BEGIN EXECUTE 'DROP TABLE widgets'; END $$;
