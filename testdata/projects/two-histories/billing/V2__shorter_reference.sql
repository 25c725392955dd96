-- The billing database has its own orders table (created before these migrations): its column type is
-- unknown here. Replayed after core's migrations as one database, it would be core's orders, whose reference core's V2 made varchar(80).
SET lock_timeout = '3s';
ALTER TABLE orders ALTER COLUMN reference TYPE varchar(20);
