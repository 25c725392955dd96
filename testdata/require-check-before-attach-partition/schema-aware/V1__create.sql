CREATE TABLE measurements_2023 (logdate date NOT NULL, value int);
CREATE TABLE measurements_2022 (logdate date NOT NULL, value int CHECK (value >= 0));
CREATE TABLE measurements_2021 (logdate date NOT NULL, value int,
    CONSTRAINT measurements_2021_bound CHECK (logdate >= '2021-01-01' AND logdate < '2022-01-01'));
