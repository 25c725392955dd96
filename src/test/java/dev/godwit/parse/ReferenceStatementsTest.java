package dev.godwit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The 111 statements of the JSqlParser 5.4 survey: none may come out unparsed, and flags must survive. */
class ReferenceStatementsTest {

  private static final SqlParser PARSER = new SqlParser();

  private record Case(int no, String sql, Class<? extends Node> type, Consumer<Node> check) {}

  private static final List<Case> CASES = new ArrayList<>();

  @SuppressWarnings("unchecked")
  private static <T extends Node> void c(int no, String sql, Class<T> type, Consumer<T> check) {
    CASES.add(new Case(no, sql, type, n -> check.accept((T) n)));
  }

  private static <T extends Node> void c(int no, String sql, Class<T> type) {
    c(no, sql, type, n -> { });
  }

  private static AlterAction action(Node.AlterTable a, int i) {
    return a.actions().get(i);
  }

  private static ColumnDef addCol(Node.AlterTable a) {
    return ((AlterAction.AddColumn) a.actions().get(0)).column();
  }

  private static TableConstraint addCon(Node.AlterTable a) {
    return ((AlterAction.AddConstraint) a.actions().get(0)).constraint();
  }

  static {
    c(1, "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email)", Node.CreateIndex.class, n -> {
      assertThat(n.concurrently()).isTrue();
      assertThat(n.ifNotExists()).isTrue();
      assertThat(n.name().name()).isEqualTo("idx_users_email");
      assertThat(n.table().name()).isEqualTo("users");
      assertThat(n.columns()).containsExactly("email");
    });
    c(2, "CREATE UNIQUE INDEX CONCURRENTLY idx_users_lower_email ON users USING btree (lower(email)) WHERE deleted_at IS NULL",
        Node.CreateIndex.class, n -> {
          assertThat(n.unique()).isTrue();
          assertThat(n.concurrently()).isTrue();
          assertThat(n.method()).isEqualTo("btree");
          assertThat(n.partial()).isTrue();
          assertThat(n.columns()).containsExactly("lower(email)");
        });
    c(3, "CREATE INDEX CONCURRENTLY idx_orders_cust ON orders (customer_id) INCLUDE (total) WITH (fillfactor = 90)",
        Node.CreateIndex.class, n -> assertThat(n.columns()).containsExactly("customer_id"));
    c(4, "CREATE INDEX CONCURRENTLY idx_users_data_k ON users ((data->>'k'))", Node.CreateIndex.class,
        n -> assertThat(n.concurrently()).isTrue());
    c(5, "CREATE INDEX idx_docs_body ON docs USING gin (body jsonb_path_ops)", Node.CreateIndex.class, n -> {
      assertThat(n.method()).isEqualTo("gin");
      assertThat(n.concurrently()).isFalse();
      assertThat(n.columns()).containsExactly("body");
    });
    c(6, "CREATE INDEX ON users (email)", Node.CreateIndex.class, n -> assertThat(n.name()).isNull());
    c(7, "DROP INDEX CONCURRENTLY IF EXISTS idx_users_email", Node.Drop.class, n -> {
      assertThat(n.kind()).isEqualTo(ObjectKind.INDEX);
      assertThat(n.concurrently()).isTrue();
      assertThat(n.ifExists()).isTrue();
      assertThat(n.names()).extracting(Object::toString).containsExactly("idx_users_email");
    });
    c(8, "DROP INDEX idx_a, idx_b CASCADE", Node.Drop.class, n -> {
      assertThat(n.names()).hasSize(2);
      assertThat(n.cascade()).isTrue();
      assertThat(n.concurrently()).isFalse();
    });
    c(9, "ALTER TABLE users ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now()",
        Node.AlterTable.class, n -> {
          AlterAction.AddColumn a = (AlterAction.AddColumn) action(n, 0);
          assertThat(a.ifNotExists()).isTrue();
          assertThat(a.column().notNull()).isTrue();
          assertThat(a.column().type().name()).isEqualTo("timestamp with time zone");
          assertThat(a.column().defaultValue().functions()).containsExactly("now");
          assertThat(a.column().defaultValue().literal()).isFalse();
        });
    c(10, "ALTER TABLE users ADD COLUMN status text DEFAULT 'active' NOT NULL", Node.AlterTable.class, n -> {
      ColumnDef col = addCol(n);
      assertThat(col.notNull()).isTrue();
      assertThat(col.defaultValue().text()).isEqualTo("'active'");
      assertThat(col.defaultValue().literal()).isTrue();
      assertThat(col.type().name()).isEqualTo("text");
    });
    c(11, "ALTER TABLE users ADD COLUMN tags text[] NOT NULL DEFAULT '{}'", Node.AlterTable.class, n -> {
      assertThat(addCol(n).type().array()).isTrue();
      assertThat(addCol(n).defaultValue().literal()).isTrue();
    });
    c(12, "ALTER TABLE users ADD COLUMN seq_id bigint GENERATED ALWAYS AS IDENTITY", Node.AlterTable.class,
        n -> assertThat(addCol(n).identity()).isTrue());
    c(13, "ALTER TABLE users ADD COLUMN v int CHECK (v > 0)", Node.AlterTable.class, n -> {
      assertThat(addCol(n).check()).isTrue();
      assertThat(addCol(n).type().name()).isEqualTo("integer");
    });
    c(14, "ALTER TABLE users ADD COLUMN a int, ADD COLUMN b int", Node.AlterTable.class,
        n -> assertThat(n.actions()).hasSize(2).allMatch(a -> a instanceof AlterAction.AddColumn));
    c(15, "ALTER TABLE IF EXISTS ONLY users ADD COLUMN x int", Node.AlterTable.class, n -> {
      assertThat(n.ifExists()).isTrue();
      assertThat(n.only()).isTrue();
    });
    c(16, "ALTER TABLE users ALTER COLUMN age TYPE bigint USING age::bigint", Node.AlterTable.class, n -> {
      AlterAction.AlterColumnType a = (AlterAction.AlterColumnType) action(n, 0);
      assertThat(a.type().name()).isEqualTo("bigint");
      assertThat(a.using()).isEqualTo("age::bigint");
    });
    c(17, "ALTER TABLE users ALTER COLUMN age SET DATA TYPE integer", Node.AlterTable.class,
        n -> assertThat(((AlterAction.AlterColumnType) action(n, 0)).type().name()).isEqualTo("integer"));
    c(18, "ALTER TABLE users ALTER COLUMN email TYPE varchar(320) COLLATE \"C\"", Node.AlterTable.class, n -> {
      AlterAction.AlterColumnType a = (AlterAction.AlterColumnType) action(n, 0);
      assertThat(a.type().name()).isEqualTo("character varying");
      assertThat(a.type().modifiers()).containsExactly("320");
    });
    c(19, "ALTER TABLE t ALTER COLUMN c TYPE jsonb USING c::jsonb, ALTER COLUMN d SET NOT NULL",
        Node.AlterTable.class, n -> {
          assertThat(action(n, 0)).isInstanceOf(AlterAction.AlterColumnType.class);
          assertThat(action(n, 1)).isInstanceOf(AlterAction.SetNotNull.class);
        });
    c(20, "ALTER TABLE users ALTER COLUMN email SET NOT NULL", Node.AlterTable.class,
        n -> assertThat(((AlterAction.SetNotNull) action(n, 0)).column()).isEqualTo("email"));
    c(21, "ALTER TABLE users ALTER COLUMN email DROP NOT NULL", Node.AlterTable.class,
        n -> assertThat(action(n, 0)).isInstanceOf(AlterAction.DropNotNull.class));
    c(22, "ALTER TABLE users ALTER COLUMN status SET DEFAULT 'x'", Node.AlterTable.class,
        n -> assertThat(((AlterAction.SetDefault) action(n, 0)).value().literal()).isTrue());
    c(23, "ALTER TABLE users ALTER COLUMN status DROP DEFAULT", Node.AlterTable.class,
        n -> assertThat(action(n, 0)).isInstanceOf(AlterAction.DropDefault.class));
    c(24, "ALTER TABLE users ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY", Node.AlterTable.class,
        n -> assertThat(action(n, 0)).isInstanceOf(AlterAction.Other.class));
    c(25, "ALTER TABLE users ALTER COLUMN status SET STATISTICS 500", Node.AlterTable.class,
        n -> assertThat(action(n, 0)).isInstanceOf(AlterAction.Other.class));
    c(26, "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID",
        Node.AlterTable.class, n -> {
          TableConstraint tc = addCon(n);
          assertThat(tc.kind()).isEqualTo(TableConstraint.Kind.FOREIGN_KEY);
          assertThat(tc.notValid()).isTrue();
          assertThat(tc.name()).isEqualTo("fk_orders_user");
          assertThat(tc.columns()).containsExactly("user_id");
          assertThat(tc.referencedTable().name()).isEqualTo("users");
          assertThat(tc.referencedColumns()).containsExactly("id");
        });
    c(27, "ALTER TABLE orders ADD CONSTRAINT fk_orders_user2 FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE",
        Node.AlterTable.class, n -> assertThat(addCon(n).notValid()).isFalse());
    c(28, "ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user", Node.AlterTable.class,
        n -> assertThat(((AlterAction.ValidateConstraint) action(n, 0)).name()).isEqualTo("fk_orders_user"));
    c(29, "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX idx_users_email", Node.AlterTable.class,
        n -> {
          assertThat(addCon(n).kind()).isEqualTo(TableConstraint.Kind.UNIQUE);
          assertThat(addCon(n).usingIndex()).isEqualTo("idx_users_email");
        });
    c(30, "ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX idx_users_id", Node.AlterTable.class,
        n -> {
          assertThat(addCon(n).kind()).isEqualTo(TableConstraint.Kind.PRIMARY_KEY);
          assertThat(addCon(n).usingIndex()).isEqualTo("idx_users_id");
        });
    c(31, "ALTER TABLE users ADD CONSTRAINT chk_age CHECK (age > 0) NOT VALID", Node.AlterTable.class, n -> {
      assertThat(addCon(n).kind()).isEqualTo(TableConstraint.Kind.CHECK);
      assertThat(addCon(n).notValid()).isTrue();
      assertThat(addCon(n).expression()).isEqualTo("age > 0");
    });
    c(32, "ALTER TABLE users ADD CONSTRAINT users_email_uniq UNIQUE (email)", Node.AlterTable.class, n -> {
      assertThat(addCon(n).name()).isEqualTo("users_email_uniq");
      assertThat(addCon(n).columns()).containsExactly("email");
      assertThat(addCon(n).usingIndex()).isNull();
    });
    c(33, "ALTER TABLE rooms ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)",
        Node.AlterTable.class, n -> {
          assertThat(addCon(n).kind()).isEqualTo(TableConstraint.Kind.EXCLUDE);
          assertThat(addCon(n).columns()).containsExactly("room", "during");
        });
    c(34, "ALTER TABLE users DROP CONSTRAINT IF EXISTS chk_age", Node.AlterTable.class, n -> {
      AlterAction.DropConstraint d = (AlterAction.DropConstraint) action(n, 0);
      assertThat(d.ifExists()).isTrue();
      assertThat(d.name()).isEqualTo("chk_age");
    });
    c(35, "ALTER TABLE users DROP COLUMN IF EXISTS legacy CASCADE", Node.AlterTable.class, n -> {
      AlterAction.DropColumn d = (AlterAction.DropColumn) action(n, 0);
      assertThat(d.ifExists()).isTrue();
      assertThat(d.cascade()).isTrue();
      assertThat(d.column()).isEqualTo("legacy");
    });
    c(36, "ALTER TABLE users RENAME COLUMN name TO full_name", Node.AlterTable.class, n -> {
      AlterAction.RenameColumn r = (AlterAction.RenameColumn) action(n, 0);
      assertThat(r.from()).isEqualTo("name");
      assertThat(r.to()).isEqualTo("full_name");
    });
    c(37, "ALTER TABLE users RENAME TO customers", Node.AlterTable.class,
        n -> assertThat(((AlterAction.RenameTable) action(n, 0)).to()).isEqualTo("customers"));
    c(38, "ALTER TABLE users RENAME CONSTRAINT a_chk TO b_chk", Node.AlterTable.class,
        n -> assertThat(action(n, 0)).isInstanceOf(AlterAction.RenameConstraint.class));
    c(39, "ALTER TABLE measurements ATTACH PARTITION measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
        Node.AlterTable.class, n -> {
          AlterAction.AttachPartition a = (AlterAction.AttachPartition) action(n, 0);
          assertThat(a.hasBound()).isTrue();
          assertThat(a.partition().name()).isEqualTo("measurements_2024");
        });
    c(40, "ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY", Node.AlterTable.class,
        n -> assertThat(((AlterAction.DetachPartition) action(n, 0)).concurrently()).isTrue());
    c(41, "ALTER TABLE users ENABLE ROW LEVEL SECURITY", Node.AlterTable.class,
        n -> assertThat(action(n, 0)).isInstanceOf(AlterAction.Other.class));
    c(42, "ALTER TABLE users SET (autovacuum_vacuum_scale_factor = 0.01)", Node.AlterTable.class,
        n -> assertThat(action(n, 0)).isInstanceOf(AlterAction.Other.class));
    c(43, "ALTER TABLE users SET TABLESPACE fast", Node.AlterTable.class,
        n -> assertThat(((AlterAction.SetTablespace) action(n, 0)).tablespace()).isEqualTo("fast"));
    c(44, "ALTER TABLE users OWNER TO app", Node.AlterTable.class,
        n -> assertThat(((AlterAction.Other) action(n, 0)).text()).isEqualTo("OWNER TO app"));
    c(45, "ALTER TABLE users REPLICA IDENTITY FULL", Node.AlterTable.class,
        n -> assertThat(action(n, 0)).isInstanceOf(AlterAction.Other.class));
    c(46, "ALTER TABLE users SET LOGGED", Node.AlterTable.class,
        n -> assertThat(((AlterAction.SetLogged) action(n, 0)).logged()).isTrue());
    c(47, "ALTER INDEX idx_old RENAME TO idx_new", Node.AlterObject.class, n -> {
      assertThat(n.kind()).isEqualTo(ObjectKind.INDEX);
      assertThat(n.renameTo()).isEqualTo("idx_new");
      assertThat(n.action()).isEqualTo("RENAME TO");
    });
    c(48, "CREATE TABLE IF NOT EXISTS accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        + "email text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now())", Node.CreateTable.class, n -> {
          assertThat(n.ifNotExists()).isTrue();
          assertThat(n.columns()).hasSize(3);
          assertThat(n.columns().get(0).identity()).isTrue();
          assertThat(n.columns().get(0).primaryKey()).isTrue();
          assertThat(n.columns().get(1).unique()).isTrue();
          assertThat(n.columns().get(1).notNull()).isTrue();
          assertThat(n.columns().get(2).defaultValue().functions()).containsExactly("now");
        });
    c(49, "CREATE TABLE events (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), payload jsonb, "
        + "ts timestamptz NOT NULL) PARTITION BY RANGE (ts)", Node.CreateTable.class, n -> {
          assertThat(n.columns().get(0).defaultValue().functions()).containsExactly("gen_random_uuid");
          assertThat(n.columns().get(2).type().name()).isEqualTo("timestamp with time zone");
        });
    c(50, "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
        Node.CreateTable.class, n -> assertThat(n.partitionOf().name()).isEqualTo("events"));
    c(51, "CREATE TABLE line_items (a int, b text[], c numeric(10,2), CONSTRAINT li_pk PRIMARY KEY (a), "
        + "CONSTRAINT li_fk FOREIGN KEY (b_id) REFERENCES b (id))", Node.CreateTable.class, n -> {
          assertThat(n.columns()).extracting(col -> col.type().name()).containsExactly("integer", "text", "numeric");
          assertThat(n.columns().get(2).type().modifiers()).containsExactly("10", "2");
          assertThat(n.constraints()).extracting(TableConstraint::kind)
              .containsExactly(TableConstraint.Kind.PRIMARY_KEY, TableConstraint.Kind.FOREIGN_KEY);
        });
    c(52, "CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v bytea)", Node.CreateTable.class,
        n -> assertThat(n.unlogged()).isTrue());
    c(53, "CREATE TABLE t2 (LIKE t INCLUDING ALL)", Node.CreateTable.class);
    c(54, "CREATE TABLE t3 (id int) WITH (fillfactor = 70)", Node.CreateTable.class);
    c(55, "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')", Node.CreateObject.class, n -> {
      assertThat(n.kind()).isEqualTo(ObjectKind.TYPE);
      assertThat(n.enumValues()).containsExactly("sad", "ok", "happy");
    });
    c(56, "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy'", Node.AlterTypeAddValue.class, n -> {
      assertThat(n.value()).isEqualTo("ecstatic");
      assertThat(n.ifNotExists()).isTrue();
    });
    c(57, "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'", Node.AlterObject.class,
        n -> assertThat(n.action()).isEqualTo("RENAME VALUE"));
    c(58, "CREATE TYPE address AS (street text, city text)", Node.CreateObject.class);
    c(59, "CREATE DOMAIN email_t AS text CHECK (VALUE ~* '^.+@.+$')", Node.CreateObject.class,
        n -> assertThat(n.kind()).isEqualTo(ObjectKind.DOMAIN));
    c(60, "CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + "NEW.updated_at = now(); RETURN NEW; END $$", Node.CreateObject.class, n -> {
          assertThat(n.kind()).isEqualTo(ObjectKind.FUNCTION);
          assertThat(n.orReplace()).isTrue();
        });
    c(61, "CREATE FUNCTION add_ints(a integer, b integer) RETURNS integer AS $body$ SELECT a + b; $body$ "
        + "LANGUAGE sql IMMUTABLE", Node.CreateObject.class);
    c(62, "CREATE OR REPLACE PROCEDURE do_nothing() LANGUAGE plpgsql AS $$ BEGIN NULL; END $$",
        Node.CreateObject.class, n -> assertThat(n.kind()).isEqualTo(ObjectKind.PROCEDURE));
    c(63, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN "
        + "CREATE TYPE mood AS ENUM ('a'); END IF; END $$", Node.DoBlock.class,
        n -> assertThat(n.body()).startsWith(" BEGIN IF NOT EXISTS"));
    c(64, "CREATE TRIGGER trg_users_updated BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at()",
        Node.CreateTrigger.class, n -> {
          assertThat(n.name()).isEqualTo("trg_users_updated");
          assertThat(n.table().name()).isEqualTo("users");
        });
    c(65, "DROP TRIGGER IF EXISTS trg_users_updated ON users", Node.Drop.class, n -> {
      assertThat(n.kind()).isEqualTo(ObjectKind.TRIGGER);
      assertThat(n.on().name()).isEqualTo("users");
    });
    c(66, "CREATE EXTENSION IF NOT EXISTS pgcrypto", Node.CreateObject.class,
        n -> assertThat(n.ifNotExists()).isTrue());
    c(67, "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public", Node.CreateObject.class,
        n -> assertThat(n.name().name()).isEqualTo("uuid-ossp"));
    c(68, "COMMENT ON TABLE users IS 'Application users'", Node.Other.class,
        n -> assertThat(n.keyword()).isEqualTo("COMMENT ON"));
    c(69, "COMMENT ON COLUMN users.email IS 'Primary email'", Node.Other.class);
    c(70, "GRANT SELECT, INSERT ON TABLE users TO app_rw", Node.Other.class,
        n -> assertThat(n.keyword()).isEqualTo("GRANT"));
    c(71, "GRANT USAGE ON SCHEMA app TO app_ro", Node.Other.class);
    c(72, "REVOKE ALL ON users FROM PUBLIC", Node.Other.class);
    c(73, "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO app_ro", Node.Other.class,
        n -> assertThat(n.keyword()).isEqualTo("ALTER DEFAULT PRIVILEGES"));
    c(74, "CREATE ROLE app_ro NOLOGIN", Node.CreateObject.class, n -> assertThat(n.kind()).isEqualTo(ObjectKind.ROLE));
    c(75, "SET lock_timeout = '5s'", Node.SetVariable.class, n -> {
      assertThat(n.name()).isEqualTo("lock_timeout");
      assertThat(n.value()).isEqualTo("'5s'");
      assertThat(n.local()).isFalse();
    });
    c(76, "SET statement_timeout TO 0", Node.SetVariable.class, n -> assertThat(n.value()).isEqualTo("0"));
    c(77, "SET LOCAL lock_timeout = '2s'", Node.SetVariable.class, n -> assertThat(n.local()).isTrue());
    c(78, "SET search_path TO app, public", Node.SetVariable.class,
        n -> assertThat(n.value()).isEqualTo("app, public"));
    c(79, "RESET lock_timeout", Node.ResetVariable.class, n -> assertThat(n.name()).isEqualTo("lock_timeout"));
    c(80, "BEGIN", Node.Transaction.class, n -> assertThat(n.kind()).isEqualTo(Node.TxKind.BEGIN));
    c(81, "COMMIT", Node.Transaction.class, n -> assertThat(n.kind()).isEqualTo(Node.TxKind.COMMIT));
    c(82, "START TRANSACTION", Node.Transaction.class, n -> assertThat(n.kind()).isEqualTo(Node.TxKind.BEGIN));
    c(83, "ROLLBACK", Node.Transaction.class, n -> assertThat(n.kind()).isEqualTo(Node.TxKind.ROLLBACK));
    c(84, "CREATE MATERIALIZED VIEW IF NOT EXISTS mv_stats AS SELECT user_id, count(*) FROM orders GROUP BY user_id "
        + "WITH NO DATA", Node.CreateObject.class, n -> {
          assertThat(n.kind()).isEqualTo(ObjectKind.MATERIALIZED_VIEW);
          assertThat(n.ifNotExists()).isTrue();
        });
    c(85, "REFRESH MATERIALIZED VIEW CONCURRENTLY mv_stats", Node.RefreshMaterializedView.class,
        n -> assertThat(n.concurrently()).isTrue());
    c(86, "CREATE OR REPLACE VIEW active_users AS SELECT * FROM users WHERE deleted_at IS NULL",
        Node.CreateObject.class, n -> {
          assertThat(n.kind()).isEqualTo(ObjectKind.VIEW);
          assertThat(n.orReplace()).isTrue();
        });
    c(87, "VACUUM (ANALYZE) users", Node.Maintenance.class, n -> {
      assertThat(n.command()).isEqualTo("VACUUM");
      assertThat(n.full()).isFalse();
      assertThat(n.table().name()).isEqualTo("users");
    });
    c(88, "VACUUM FULL users", Node.Maintenance.class, n -> assertThat(n.full()).isTrue());
    c(89, "ANALYZE users", Node.Maintenance.class, n -> assertThat(n.command()).isEqualTo("ANALYZE"));
    c(90, "CLUSTER users USING idx_users_email", Node.Maintenance.class,
        n -> assertThat(n.command()).isEqualTo("CLUSTER"));
    c(91, "REINDEX INDEX CONCURRENTLY idx_users_email", Node.Reindex.class, n -> {
      assertThat(n.target()).isEqualTo(ObjectKind.INDEX);
      assertThat(n.concurrently()).isTrue();
    });
    c(92, "REINDEX TABLE users", Node.Reindex.class, n -> assertThat(n.concurrently()).isFalse());
    c(93, "CREATE SCHEMA IF NOT EXISTS app AUTHORIZATION app_owner", Node.CreateObject.class, n -> {
      assertThat(n.kind()).isEqualTo(ObjectKind.SCHEMA);
      assertThat(n.name().name()).isEqualTo("app");
    });
    c(94, "CREATE POLICY tenant_isolation ON users FOR ALL TO app USING (tenant_id = current_setting('app.tenant')::uuid)",
        Node.Other.class, n -> assertThat(n.keyword()).isEqualTo("CREATE POLICY"));
    c(95, "CREATE SEQUENCE IF NOT EXISTS order_seq START WITH 1000 INCREMENT BY 1", Node.CreateObject.class, n -> {
      assertThat(n.kind()).isEqualTo(ObjectKind.SEQUENCE);
      assertThat(n.ifNotExists()).isTrue();
    });
    c(96, "ALTER SEQUENCE order_seq RESTART WITH 5000", Node.AlterObject.class,
        n -> assertThat(n.kind()).isEqualTo(ObjectKind.SEQUENCE));
    c(97, "DROP TABLE IF EXISTS legacy CASCADE", Node.Drop.class, n -> {
      assertThat(n.kind()).isEqualTo(ObjectKind.TABLE);
      assertThat(n.ifExists()).isTrue();
      assertThat(n.cascade()).isTrue();
    });
    c(98, "DROP TYPE IF EXISTS mood", Node.Drop.class, n -> assertThat(n.kind()).isEqualTo(ObjectKind.TYPE));
    c(99, "DROP SCHEMA IF EXISTS old CASCADE", Node.Drop.class, n -> assertThat(n.cascade()).isTrue());
    c(100, "DROP MATERIALIZED VIEW IF EXISTS mv_stats", Node.Drop.class,
        n -> assertThat(n.kind()).isEqualTo(ObjectKind.MATERIALIZED_VIEW));
    c(101, "DROP FUNCTION IF EXISTS set_updated_at()", Node.Drop.class,
        n -> assertThat(n.kind()).isEqualTo(ObjectKind.FUNCTION));
    c(102, "TRUNCATE TABLE sessions RESTART IDENTITY CASCADE", Node.Truncate.class, n -> {
      assertThat(n.cascade()).isTrue();
      assertThat(n.tables()).hasSize(1);
    });
    c(103, "UPDATE users SET status = 'active' WHERE status IS NULL", Node.Dml.class, n -> {
      assertThat(n.kind()).isEqualTo(Node.DmlKind.UPDATE);
      assertThat(n.hasWhere()).isTrue();
      assertThat(n.table().name()).isEqualTo("users");
    });
    c(104, "UPDATE users SET x = 1 FROM orders WHERE orders.user_id = users.id", Node.Dml.class,
        n -> assertThat(n.hasWhere()).isTrue());
    c(105, "INSERT INTO settings (k, v) VALUES ('a', 'b') ON CONFLICT (k) DO NOTHING", Node.Dml.class, n -> {
      assertThat(n.kind()).isEqualTo(Node.DmlKind.INSERT);
      assertThat(n.table().name()).isEqualTo("settings");
      assertThat(n.fromQuery()).isFalse();
    });
    c(106, "INSERT INTO settings (k, v) VALUES ('a', 'b') ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v",
        Node.Dml.class);
    c(107, "DELETE FROM sessions WHERE expires_at < now() - interval '30 days'", Node.Dml.class, n -> {
      assertThat(n.kind()).isEqualTo(Node.DmlKind.DELETE);
      assertThat(n.hasWhere()).isTrue();
    });
    c(108, "LOCK TABLE users IN ACCESS EXCLUSIVE MODE", Node.LockTable.class,
        n -> assertThat(n.mode()).isEqualTo("ACCESS EXCLUSIVE"));
    c(109, "SELECT pg_advisory_xact_lock(42)", Node.Dml.class,
        n -> assertThat(n.kind()).isEqualTo(Node.DmlKind.SELECT));
    c(110, "CALL do_nothing()", Node.Other.class, n -> assertThat(n.keyword()).isEqualTo("CALL"));
    c(111, "ALTER DATABASE mydb SET timezone TO 'UTC'", Node.Other.class,
        n -> assertThat(n.keyword()).isEqualTo("ALTER DATABASE"));
  }

  @TestFactory
  Stream<DynamicTest> referenceStatements() {
    assertThat(CASES).hasSize(111);
    return CASES.stream().map(c -> DynamicTest.dynamicTest("#" + c.no() + " " + c.sql(), () -> {
      Statement s = PARSER.parse(c.sql(), OffsetMap.shift(0), c.no());
      assertThat(s.origin()).as("origin (node %s)", s.node()).isNotEqualTo(Statement.Origin.UNPARSED);
      assertThat(s.node()).isInstanceOf(c.type());
      c.check().accept(s.node());
      assertThat(s.sql()).isEqualTo(c.sql());
      assertThat(s.index()).isEqualTo(c.no());
    }));
  }
}
