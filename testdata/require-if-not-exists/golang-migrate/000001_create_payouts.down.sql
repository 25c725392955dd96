DROP SEQUENCE payout_number_seq;
CREATE TABLE payouts_archive (id bigint);
