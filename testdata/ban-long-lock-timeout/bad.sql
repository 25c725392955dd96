-- expect: ban-long-lock-timeout "lock_timeout = '1min'"
SET lock_timeout = '1min';

-- expect: ban-long-lock-timeout "up to 30 seconds"
SET LOCAL lock_timeout TO 30000;
