revision = "c3"
down_revision = "b2"


def upgrade():
    # expect: require-down-migration "Alembic revision c3 has no downgrade"
    op.execute("COMMENT ON TABLE orders IS 'orders'")


def downgrade():
    raise NotImplementedError()
