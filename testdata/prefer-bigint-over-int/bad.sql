CREATE TABLE customers (
  -- expect: prefer-bigint-over-int "Primary key customers.id is integer: it runs out at 2,147,483,647"
  id integer PRIMARY KEY,
  name text
);
CREATE TABLE countries (
  -- expect: prefer-bigint-over-int "countries.code is smallserial: it runs out at 32,767"
  code smallserial,
  name text,
  PRIMARY KEY (code)
);
