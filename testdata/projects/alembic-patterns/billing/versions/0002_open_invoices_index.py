"""index the open invoices of a customer

Revision ID: 9a44f3c0b7e2
Revises: 7c1e0a9b2d01
Create Date: 2026-05-19 14:03:10.551902
"""
from alembic import op
import sqlalchemy as sa

revision = "9a44f3c0b7e2"
down_revision = "7c1e0a9b2d01"
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            columns=["customer_id", "status"],
            index_name="ix_invoices_open_by_customer",
            table_name="invoices",
            schema="billing",
            postgresql_where=sa.text("status IN ('draft', 'sent')"),
            postgresql_include=["total_cents"],
            postgresql_concurrently=True,
        )
    # a second index, written without the autocommit block: it runs in the migration's transaction
    op.create_index("ix_invoices_status", "invoices", ["status"], schema="billing", postgresql_concurrently=True)


def downgrade():
    op.drop_index("ix_invoices_status", table_name="invoices", schema="billing")
    with op.get_context().autocommit_block():
        op.drop_index("ix_invoices_open_by_customer", table_name="invoices", schema="billing",
                      postgresql_concurrently=True)
