ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%') NOT VALID;

-- A domain created in the same migration has no columns yet.
CREATE DOMAIN phone AS text;
ALTER DOMAIN phone ADD CONSTRAINT phone_digits CHECK (VALUE ~ '^[0-9+ ]+$');
ALTER DOMAIN phone ADD CONSTRAINT phone_nn NOT NULL;
ALTER DOMAIN phone VALIDATE CONSTRAINT phone_digits;
