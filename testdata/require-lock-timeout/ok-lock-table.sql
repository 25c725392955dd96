BEGIN;
-- ROW EXCLUSIVE is what writers take themselves: it blocks neither reads nor writes.
LOCK TABLE orders IN ROW EXCLUSIVE MODE;
COMMIT;
