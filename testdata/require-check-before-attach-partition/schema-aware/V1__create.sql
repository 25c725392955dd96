CREATE TABLE measurements_2023 (logdate date NOT NULL, value int);
