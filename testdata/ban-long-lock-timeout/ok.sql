SET lock_timeout = '5s';
SET lock_timeout TO '10s';
SET statement_timeout = '15min';
RESET lock_timeout;
