"""create orders

Revision ID: a1c0ffee0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "a1c0ffee0001"
down_revision = None


def upgrade():
    op.create_table("orders", sa.Column("id", sa.BigInteger(), primary_key=True))


def downgrade():
    op.drop_table("orders")
