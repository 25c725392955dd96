"""add note to orders (generated on the same parent in another branch)

Revision ID: c3c0ffee0003
Revises: a1c0ffee0001
"""
from alembic import op
import sqlalchemy as sa

revision = 'c3c0ffee0003'
down_revision = 'a1c0ffee0001'


def upgrade():
    op.add_column("orders", sa.Column("note", sa.Text()))


def downgrade():
    op.drop_column("orders", "note")
