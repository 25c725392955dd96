-- expect: ban-long-identifier "is 65 bytes long; PostgreSQL truncates it"
CREATE INDEX customer_subscription_billing_period_start_and_end_timestamps_idx ON subscriptions (period_start, period_end);

-- expect: ban-long-identifier "billing_invoice_lines_billing_invoice_manual_line_configs_manual"
ALTER TABLE billing_invoice_lines ADD CONSTRAINT billing_invoice_lines_billing_invoice_manual_line_configs_manual_fk FOREIGN KEY (config_id) REFERENCES configs (id) NOT VALID;
