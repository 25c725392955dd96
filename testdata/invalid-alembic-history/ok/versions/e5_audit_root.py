"""audit schema: an independent branch of its own

Revision ID: e5c0ffee0005
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "e5c0ffee0005"
down_revision = None
branch_labels = ("audit",)
depends_on = "a1c0ffee0001"


def upgrade():
    op.create_table("audit_log", sa.Column("id", sa.BigInteger(), primary_key=True), schema="audit")


def downgrade():
    op.drop_table("audit_log", schema="audit")
