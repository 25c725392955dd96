-- This file is Latin-1, not UTF-8: the e-acute below is the single byte 0xE9.
INSERT INTO cities (name) VALUES ('Montréal');
-- expect: invalid-file "not valid UTF-8"
