-- expect: ban-update-without-where "UPDATE orders without WHERE rewrites every row of orders"
UPDATE orders SET status = 'open';
