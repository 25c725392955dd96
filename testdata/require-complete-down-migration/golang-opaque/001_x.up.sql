CREATE TABLE widgets (id bigint);
