CREATE SEQUENCE payout_batch_seq;
CREATE TABLE payout_batches (id bigint PRIMARY KEY);
