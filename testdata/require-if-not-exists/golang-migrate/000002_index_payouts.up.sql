-- expect: require-if-not-exists "CREATE INDEX payouts_amount_idx on payouts has no IF NOT EXISTS: as the script's last statement, a failure leaves nothing behind and golang-migrate records"
CREATE INDEX CONCURRENTLY payouts_amount_idx ON payouts (amount);
