-- expect: ban-add-exclusion-constraint "Adding exclusion constraint bookings_no_overlap to bookings"
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
