"""add orders index

Revision ID: 0002
"""
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade():
    op.execute("CREATE INDEX orders_a ON orders (a)")
    op.execute(r"UPDATE t SET p = '\d+'")
    op.execute('''
        ALTER TABLE orders
          ADD COLUMN note text DEFAULT 'it''s \'quoted\'' \
    ''')
    op.execute(f"DROP INDEX {name}")
    op.execute(
        "ALTER TABLE a "  # first half
        'ADD b int'
    )
    op.add_column("orders", sa.Column("c", sa.Integer(), nullable=False))
    with op.get_context().autocommit_block():
        op.execute("CREATE INDEX CONCURRENTLY x ON y (z)")


def downgrade():
    op.execute("DROP INDEX orders_a")
