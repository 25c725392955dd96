CREATE TABLE events (id integer PRIMARY KEY, account_id integer NOT NULL, kind text);
