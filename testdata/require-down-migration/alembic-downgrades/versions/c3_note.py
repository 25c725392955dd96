revision = "c3"
down_revision = "b2"


def upgrade():
    op.execute("COMMENT ON TABLE orders IS 'orders'")


# expect: require-down-migration "Alembic revision c3 has no downgrade"
def downgrade():
    raise NotImplementedError()
