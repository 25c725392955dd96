-- Without immutable-tables the rule says nothing.
DELETE FROM events WHERE id = 1;
