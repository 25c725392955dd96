revision = "b2"
down_revision = "a1"


def upgrade():
    op.add_column("orders", sa.Column("region", sa.Text()))


# expect: require-down-migration "Alembic revision b2 has no downgrade"
def downgrade():
    """Irreversible, and nobody said so."""
    pass
