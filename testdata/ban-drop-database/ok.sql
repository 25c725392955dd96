-- Creating a database destroys nothing.
CREATE DATABASE analytics;
DROP TABLE IF EXISTS analytics_cache;
