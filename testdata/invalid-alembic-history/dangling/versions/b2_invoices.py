"""create invoices

Revision ID: b2c0ffee0002
Revises: a1c0ffe0001
"""
from alembic import op
import sqlalchemy as sa

revision = "b2c0ffee0002"
# expect: invalid-alembic-history "down_revision names a1c0ffe0001, which no revision has"
down_revision = "a1c0ffe0001"  # one f short: a typo when the file was edited by hand


def upgrade():
    op.create_table("invoices", sa.Column("id", sa.BigInteger(), primary_key=True))


def downgrade():
    op.drop_table("invoices")
