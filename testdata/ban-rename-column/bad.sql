-- expect: ban-rename-column "Renaming column name of customers to full_name"
ALTER TABLE customers RENAME COLUMN name TO full_name;
