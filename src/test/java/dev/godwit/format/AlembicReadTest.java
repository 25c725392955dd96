package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alembic revisions read as autogenerate and people write them, with only what PostgreSQL runs. */
class AlembicReadTest {
  private static final String HEAD = "from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'r1'\n"
      + "down_revision = None\n\n";

  private static Migration read(String body) {
    String text = HEAD + body;
    return Alembic.revision(new Entry(Path.of("r1_test.py"), new SourceFile("r1_test.py", text)),
        Alembic.Env.DEFAULT).migration();
  }

  private static List<String> sql(List<Script> scripts) {
    List<String> out = new ArrayList<>();
    for (Script s : scripts) {
      for (Statement st : s.statements()) {
        assertThat(st.origin()).as(st.sql()).isNotEqualTo(Statement.Origin.UNPARSED);
        out.add(st.node() instanceof Node.DynamicSql d ? "note: " + d.call() + ": " + d.why() : st.sql().strip());
      }
    }
    return out;
  }

  @Test
  void opFNamesAndKeywordArgumentsInAnyOrder() {
    Migration m = read("""
        def upgrade():
            op.create_index(op.f("ix_users_email"), "users", ["email"], unique=True)
            op.create_index(
                table_name="tag",
                index_name="tag_repository_id_immutable",
                columns=["repository_id", "immutable"],
                unique=False,
                postgresql_concurrently=True,
            )
            op.create_foreign_key(op.f("fk_users_org_id_orgs"), "users", "orgs", ["org_id"], ["id"], ondelete="CASCADE")
            with op.batch_alter_table("messages", schema=None) as batch_op:
                batch_op.create_foreign_key(op.f("fk_messages_media_type_id"), "mediatype", ["media_type_id"], ["id"])
                batch_op.drop_constraint(batch_op.f("uq_messages_uuid"), type_="unique")
                batch_op.create_index(batch_op.f("ix_messages_uuid"), ["uuid"], unique=False)
            op.drop_index(op.f("ix_users_email"), table_name="users")
        """);
    assertThat(sql(m.up())).containsExactly(
        "CREATE UNIQUE INDEX ix_users_email ON users (email)",
        "CREATE INDEX CONCURRENTLY tag_repository_id_immutable ON tag (repository_id, immutable)",
        "ALTER TABLE users ADD CONSTRAINT fk_users_org_id_orgs FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE",
        "ALTER TABLE messages ADD CONSTRAINT fk_messages_media_type_id FOREIGN KEY (media_type_id) REFERENCES mediatype (id)",
        "ALTER TABLE messages DROP CONSTRAINT uq_messages_uuid",
        "CREATE INDEX ix_messages_uuid ON messages (uuid)",
        "DROP INDEX ix_users_email");
  }

  @Test
  void schemaPartialExpressionAndCoveringIndexes() {
    Migration m = read("""
        def upgrade():
            op.create_index(None, 'users', ['affiliation_id'], unique=False, schema='users')
            op.create_foreign_key(None, 'users', 'affiliations', ['affiliation_id'], ['id'],
                                  source_schema='users', referent_schema='indico')
            op.create_index('ix_users_name_unaccent', 'users', [sa.text('lower(name)')],
                            postgresql_using='gin', schema='users')
            op.create_index('ix_events_open', 'events', ['start_dt'], schema='events',
                            postgresql_where=sa.text('NOT is_deleted'), postgresql_include=['title'])
            op.add_column('users', sa.Column('user', sa.String(length=64)), schema='users')
            op.drop_table('legacy', schema='events')
        """);
    assertThat(sql(m.up())).containsExactly(
        "CREATE INDEX ON users.users (affiliation_id)",
        "ALTER TABLE users.users ADD FOREIGN KEY (affiliation_id) REFERENCES indico.affiliations (id)",
        "CREATE INDEX ix_users_name_unaccent ON users.users USING gin ((lower(name)))",
        "CREATE INDEX ix_events_open ON events.events (start_dt) INCLUDE (title) WHERE NOT is_deleted",
        "ALTER TABLE users.users ADD COLUMN \"user\" varchar(64)",
        "DROP TABLE events.legacy");
  }

  @Test
  void indexesDeclaredWithTheirColumnsAreCreated() {
    Migration m = read("""
        def upgrade():
            op.create_table(
                "roles",
                sa.Column("id", sa.Integer(), nullable=False),
                sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id"), nullable=False, index=True),
                sa.Column("code", sa.String(), nullable=False),
                sa.Index(None, "event_id", "code", unique=True),
                sa.PrimaryKeyConstraint("id"),
                schema="events",
            )
            op.add_column("users", sa.Column("org_id", sa.BigInteger(), index=True))
        """);
    assertThat(sql(m.up())).containsExactly(
        "CREATE TABLE events.roles (id integer NOT NULL, event_id integer NOT NULL REFERENCES events (id),"
            + " code varchar NOT NULL, PRIMARY KEY (id))",
        "CREATE INDEX ix_roles_event_id ON events.roles (event_id)",
        "CREATE UNIQUE INDEX ON events.roles (event_id, code)",
        "ALTER TABLE users ADD COLUMN org_id bigint",
        "CREATE INDEX ix_users_org_id ON users (org_id)");
  }

  @Test
  void executeBindAndTextForms() {
    Migration m = read("""
        def upgrade():
            op.execute(sa.text("UPDATE users SET active = true WHERE active IS NULL"))
            conn = op.get_bind()
            conn.execute(sa.text("ALTER TABLE users ALTER COLUMN active SET NOT NULL"))
            op.get_bind().execute("CREATE INDEX users_active_idx ON users (active)")
            op.execute(sa.text("UPDATE users SET plan = :plan WHERE plan IS NULL").bindparams(plan="free"))
            users = sa.table("users", sa.column("id"))
            op.execute(users.update().where(users.c.id == 1).values(active=False))
            op.execute(sa.schema.CreateSchema("audit"))
        """);
    assertThat(sql(m.up())).satisfiesExactly(
        s -> assertThat(s).isEqualTo("UPDATE users SET active = true WHERE active IS NULL"),
        s -> assertThat(s).isEqualTo("ALTER TABLE users ALTER COLUMN active SET NOT NULL"),
        s -> assertThat(s).isEqualTo("CREATE INDEX users_active_idx ON users (active)"),
        s -> assertThat(s).isEqualTo("UPDATE users SET plan = :plan WHERE plan IS NULL"),
        s -> assertThat(s).startsWith("note: op.execute(users.update()").contains("a SQLAlchemy Core expression"),
        s -> assertThat(s).isEqualTo("CREATE SCHEMA audit"));
  }

  @Test
  void upgradeWithExtraParametersAndBulkInsert() {
    Migration m = read("""
        def upgrade(op, tables, tester):
            op.create_table(
                "mediatype",
                sa.Column("id", sa.Integer(), nullable=False),
                sa.Column("name", sa.String(length=255), nullable=False),
                sa.PrimaryKeyConstraint("id", name=op.f("pk_mediatype")),
            )
            op.bulk_insert(tables.mediatype, [{"name": "text/plain"}, {"name": "text/markdown"}])
            tester.populate_column("mediatype", "name", tester.TestDataType.String)


        def downgrade(op, tables, tester):
            op.drop_table("mediatype")
        """);
    assertThat(sql(m.up())).containsExactly(
        "CREATE TABLE mediatype (id integer NOT NULL, name varchar(255) NOT NULL, CONSTRAINT pk_mediatype PRIMARY KEY (id))",
        "INSERT INTO mediatype (name) VALUES (DEFAULT), (DEFAULT)");
    assertThat(sql(m.down())).containsExactly("DROP TABLE mediatype");
  }

  @Test
  void helpersAreFollowedOnceAndDialectBranchesForOtherDatabasesAreSkipped() {
    Migration m = read("""
        def is_postgres():
            return op.get_context().dialect.name == "postgresql"


        def add_trigram_index():
            op.execute("CREATE INDEX ix_foods_name_trgm ON foods USING gin (name gin_trgm_ops)")
            add_trigram_index()  # recursion: read once


        def upgrade():
            bind = op.get_bind()
            if bind.engine.name == "mysql":
                op.drop_constraint("fk_foods_unit", "foods", type_="foreignkey")
            if is_postgres():
                op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                add_trigram_index()
            else:
                op.create_index("ix_foods_name", "foods", ["name"])
            if op.get_context().dialect.name != "sqlite":
                op.alter_column("foods", "amount", type_=sa.Float(), postgresql_using="amount::double precision")
            if bind.dialect.name in ("mysql", "mariadb"):
                op.execute("SET FOREIGN_KEY_CHECKS = 0")
            elif bind.dialect.name == "postgresql":
                op.execute("SET CONSTRAINTS ALL DEFERRED")
            else:
                op.execute("PRAGMA foreign_keys = OFF")
        """);
    assertThat(sql(m.up())).containsExactly(
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE INDEX ix_foods_name_trgm ON foods USING gin (name gin_trgm_ops)",
        "ALTER TABLE foods ALTER COLUMN amount TYPE double precision USING amount::double precision",
        "SET CONSTRAINTS ALL DEFERRED");
  }

  @Test
  void enumTypesAreCreatedWithTheirTableAndByCreateAndDrop() {
    Migration m = read("""
        status = sa.Enum("draft", "sent", "paid", name="invoice_status")
        auth_method = sa.Enum("MEALIE", "LDAP", name="authmethod")


        def upgrade():
            op.create_table("invoices", sa.Column("id", sa.BigInteger(), primary_key=True),
                            sa.Column("status", status, nullable=False))
            auth_method.create(op.get_bind())
            op.add_column("users", sa.Column("auth_method", auth_method, nullable=False, server_default="MEALIE"))
            sa.Enum("a", "b", name="kind").create(op.get_bind(), checkfirst=True)
            op.create_table("labels", sa.Column("kind", postgresql.ENUM("a", "b", name="kind", create_type=False)))


        def downgrade():
            op.drop_column("users", "auth_method")
            auth_method.drop(op.get_bind())
            op.drop_table("invoices")
            status.drop(op.get_bind(), checkfirst=True)
        """);
    assertThat(sql(m.up())).containsExactly(
        "CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid')",
        "CREATE TABLE invoices (id bigint PRIMARY KEY, status invoice_status NOT NULL)",
        "CREATE TYPE authmethod AS ENUM ('MEALIE', 'LDAP')",
        "ALTER TABLE users ADD COLUMN auth_method authmethod DEFAULT 'MEALIE' NOT NULL",
        "CREATE TYPE kind AS ENUM ('a', 'b')",
        "CREATE TABLE labels (kind kind)");
    assertThat(sql(m.down())).containsExactly(
        "ALTER TABLE users DROP COLUMN auth_method",
        "DROP TYPE authmethod",
        "DROP TABLE invoices",
        "DROP TYPE IF EXISTS invoice_status");
  }

  @Test
  void aRevisionWithNothingToCheckSaysWhy() {
    assertThat(sql(read("def upgrade():\n    pass\n").up()))
        .containsExactly("note: upgrade(): it only passes, so the revision runs no SQL");
    assertThat(sql(read("""
        def upgrade():
            session = orm.Session(bind=op.get_bind())
            for food in session.query(Food).all():
                food.name = food.name.strip()
            session.commit()
        """).up())).singleElement().asString()
        .contains("it calls session.query(...)", "which Godwit does not model");
    assertThat(sql(read("""
        def upgrade():
            if op.get_context().dialect.name == "sqlite":
                op.execute("PRAGMA legacy_alter_table = ON")
        """).up())).singleElement().asString().contains("branches for other database dialects");
    assertThat(sql(read("""
        def upgrade():
            op.create_table_comment("users", "people who sign in")
            op.create_sequence("invoice_number_seq")
        """).up())).containsExactly("COMMENT ON TABLE users IS 'people who sign in'",
        "note: op.create_sequence(\"invoice_number_seq\"): it is op.create_sequence(), an Alembic operation Godwit"
            + " does not model");
  }

  @Test
  void envPyIsNoMigrationAndSaysHowRevisionsRun() {
    String env = """
        from alembic import context

        def run_migrations_online():
            with connectable.connect() as connection:
                context.configure(connection=connection, target_metadata=target_metadata,
                                  transaction_per_migration=True)
                with context.begin_transaction():
                    context.run_migrations()
        """;
    assertThat(Alembic.isEnv(new Entry(Path.of("env.py"), new SourceFile("env.py", env)))).isTrue();
    Alembic.Env parsed = Alembic.Env.parse(env);
    assertThat(parsed.perMigration()).isTrue();
    assertThat(parsed.transactionalDdl()).isNull();
    Migration m = Alembic.revision(new Entry(Path.of("r1.py"), new SourceFile("r1.py",
        HEAD + "def upgrade():\n    op.drop_table('t')\n")), parsed).migration();
    assertThat(m.up().get(0).txMode()).isEqualTo(TxMode.WRAPPED);
    assertThat(m.up().get(0).txReason()).contains("its own transaction");
    assertThat(Alembic.Env.DEFAULT.reason()).contains("all pending revisions");
  }
}
