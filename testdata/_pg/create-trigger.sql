-- claim-of: CREATE TRIGGER, ALTER TABLE ... ENABLE/DISABLE TRIGGER
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;
CREATE FUNCTION t_trig() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';

-- case: bad create-trigger
-- proof: lock t ShareRowExclusiveLock; rewrite t no; scan t no
CREATE TRIGGER t_trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE t_trig();

-- case: bad disable-trigger
-- given: CREATE TRIGGER t_trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE t_trig();
-- proof: lock t ShareRowExclusiveLock; rewrite t no
ALTER TABLE t DISABLE TRIGGER t_trg;

-- case: bad enable-trigger
-- given: CREATE TRIGGER t_trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE t_trig();
-- given: ALTER TABLE t DISABLE TRIGGER t_trg;
-- proof: lock t ShareRowExclusiveLock; rewrite t no
ALTER TABLE t ENABLE TRIGGER t_trg;

-- case: bad drop-trigger
-- note: DROP TRIGGER locks its table ACCESS EXCLUSIVE: even plain reads wait
-- given: CREATE TRIGGER t_trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE t_trig();
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no
DROP TRIGGER t_trg ON t;
