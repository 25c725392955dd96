-- expect: require-if-exists "DROP TABLE payout_batches has no IF EXISTS: inside the transaction golang-migrate opens"
DROP TABLE payout_batches;
-- expect: require-if-exists "DROP SEQUENCE payout_batch_seq has no IF EXISTS: inside the transaction golang-migrate opens"
DROP SEQUENCE payout_batch_seq;
