revision = "a1"
down_revision = None


def upgrade():
    op.create_table("orders", sa.Column("id", sa.BigInteger(), primary_key=True))


def downgrade():
    op.drop_table("orders")
