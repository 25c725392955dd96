-- expect: ban-rename-schema "Renaming schema billing to invoicing"
ALTER SCHEMA billing RENAME TO invoicing;
