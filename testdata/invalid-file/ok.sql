-- UTF-8 with a byte-order mark, CRLF line ends and a non-breaking space.
CREATE TABLE IF NOT EXISTS cities (name text);
INSERT INTO cities (name) VALUES ('Montréal');
SELECT name FROM cities;
