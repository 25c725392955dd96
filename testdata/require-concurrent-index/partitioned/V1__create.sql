CREATE TABLE measurements (logdate date NOT NULL, value int) PARTITION BY RANGE (logdate);
