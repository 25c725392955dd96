-- golang-migrate sends the file as one multi-statement string: one implicit transaction, recorded in
-- schema_migrations.
-- expect: require-if-not-exists "CREATE TABLE payouts has no IF NOT EXISTS: inside the transaction golang-migrate opens"
CREATE TABLE payouts (id bigint PRIMARY KEY, amount numeric NOT NULL);
-- expect: require-if-not-exists "CREATE SEQUENCE payout_number_seq has no IF NOT EXISTS: inside the transaction golang-migrate opens"
CREATE SEQUENCE payout_number_seq;
