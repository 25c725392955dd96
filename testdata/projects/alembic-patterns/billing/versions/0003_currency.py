"""add a currency to invoices, filled in for the existing rows

Revision ID: 2f8d6b51c9a3
Revises: 9a44f3c0b7e2
Create Date: 2026-06-02 11:40:27.004413
"""
from alembic import op
import sqlalchemy as sa

revision = "2f8d6b51c9a3"
down_revision = "9a44f3c0b7e2"
branch_labels = None
depends_on = None

currencies = sa.table("currencies", sa.column("code", sa.String), sa.column("name", sa.String))


def is_postgres():
    return op.get_context().dialect.name == "postgresql"


def backfill_currency():
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE billing.invoices SET currency = 'EUR'"))


def upgrade():
    op.create_table(
        "currencies",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_currencies")),
    )
    op.bulk_insert(currencies, [{"code": "EUR", "name": "Euro"}, {"code": "USD", "name": "US dollar"}])
    op.add_column("invoices", sa.Column("currency", sa.String(length=3), nullable=True), schema="billing")
    backfill_currency()
    if is_postgres():
        op.alter_column("invoices", "currency", nullable=False, schema="billing")
    else:
        # SQLite cannot alter a column in place: the tests' database gets a batch copy
        with op.batch_alter_table("invoices", schema="billing") as batch_op:
            batch_op.alter_column("currency", nullable=False)


def downgrade():
    op.drop_column("invoices", "currency", schema="billing")
    op.drop_table("currencies")
