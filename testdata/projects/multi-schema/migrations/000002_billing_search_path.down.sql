DROP TABLE IF EXISTS billing.payments;
