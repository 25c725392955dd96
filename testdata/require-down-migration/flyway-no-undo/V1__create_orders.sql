-- No U file anywhere: this project rolls forward, so no finding.
CREATE TABLE orders (id bigint PRIMARY KEY);
