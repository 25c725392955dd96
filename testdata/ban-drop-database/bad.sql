-- expect: ban-drop-database "Dropping database analytics"
DROP DATABASE analytics;
