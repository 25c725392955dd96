"""orders, with hand-written SQL

Revision ID: 3c4d5e6f7a8b
Revises: 2b3c4d5e6f7a
"""
from alembic import op
import sqlalchemy as sa

revision = "3c4d5e6f7a8b"
down_revision = "2b3c4d5e6f7a"

STATUS_INDEX = (
    "CREATE INDEX orders_status_idx "
    'ON orders (status)'
)


def upgrade():
    op.execute(
        """
        ALTER TABLE orders
            ADD COLUMN status text DEFAULT 'new';
        -- godwit-ignore: require-concurrent-index -- orders is still empty in every environment
        CREATE INDEX orders_region_idx ON orders (region);
        """
    )
    op.execute(sa.text(STATUS_INDEX))
    with op.batch_alter_table("orders") as batch_op:
        batch_op.alter_column("status", nullable=False)
        batch_op.drop_column("legacy_code")
    for year in (2026, 2027):
        op.execute(f"CREATE TABLE orders_{year} PARTITION OF orders FOR VALUES IN ({year})")
    op.execute("UPDATE orders SET note = 'it''s \"fine\"\\n' WHERE id = 1")  # godwit-ignore: require-if-exists -- no such finding


def downgrade():
    raise NotImplementedError("orders cannot be restored")
