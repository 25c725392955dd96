-- expect: ban-rename-table "Renaming table customer to customers"
ALTER TABLE customer RENAME TO customers;

-- expect: ban-rename-table "Moving table events to schema archive"
ALTER TABLE events SET SCHEMA archive;
