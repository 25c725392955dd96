-- expect: ban-set-access-method "SET ACCESS METHOD columnar rewrites metrics"
ALTER TABLE metrics SET ACCESS METHOD columnar;
