-- Declared with the table, or added to a table created in the same migration.
CREATE TABLE reservations (room_id int, during tstzrange, EXCLUDE USING gist (room_id WITH =, during WITH &&));
CREATE TABLE holds (room_id int, during tstzrange);
ALTER TABLE holds ADD CONSTRAINT holds_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
