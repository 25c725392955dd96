"""create customers

Revision ID: b2c0ffee0002
Revises: a1c0ffee0001
"""
from alembic import op
import sqlalchemy as sa

revision = "b2c0ffee0002"
down_revision = "a1c0ffee0001"


def upgrade():
    op.create_table("customers", sa.Column("id", sa.BigInteger(), primary_key=True))


def downgrade():
    op.drop_table("customers")
