"""add region to orders

Revision ID: b2c0ffee0002
Revises: a1c0ffee0001
"""
from alembic import op
import sqlalchemy as sa

# expect: invalid-alembic-history "Revision b2c0ffee0002 is a head, and so is c3c0ffee0003"
revision: str = "b2c0ffee0002"
down_revision: str = "a1c0ffee0001"


def upgrade():
    op.add_column("orders", sa.Column("region", sa.Text()))


def downgrade():
    op.drop_column("orders", "region")
