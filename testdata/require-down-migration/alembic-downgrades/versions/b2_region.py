revision = "b2"
down_revision = "a1"


def upgrade():
    # expect: require-down-migration "Alembic revision b2 has no downgrade"
    op.add_column("orders", sa.Column("region", sa.Text()))


def downgrade():
    """Irreversible, and nobody said so."""
    pass
