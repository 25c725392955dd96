-- expect: require-constraint-using-index "Adding UNIQUE constraint accounts_email_key to accounts builds a unique index"
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

-- expect: require-constraint-using-index "Adding PRIMARY KEY to legacy_events"
ALTER TABLE legacy_events ADD PRIMARY KEY (id);

-- expect: require-constraint-using-index "column external_ref with UNIQUE"
ALTER TABLE orders ADD COLUMN external_ref text UNIQUE;
