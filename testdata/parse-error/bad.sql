-- Statements Godwit cannot parse are reported, and the statements around them are still checked.
CREATE TABLE ok_before (id bigint);

-- expect: parse-error
CREATE INDEX ON;

-- expect: parse-error
FROBNICATE TABLE orders;

-- expect: parse-error "unterminated string"
INSERT INTO notes (body) VALUES ('this string never ends);
CREATE TABLE swallowed (id bigint);
