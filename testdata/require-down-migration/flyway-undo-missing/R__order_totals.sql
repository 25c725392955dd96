-- Repeatable migrations never need an undo.
CREATE OR REPLACE VIEW order_totals AS SELECT id FROM orders;
