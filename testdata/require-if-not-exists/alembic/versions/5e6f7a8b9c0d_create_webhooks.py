"""create webhooks

Revision ID: 5e6f7a8b9c0d
"""
from alembic import op
import sqlalchemy as sa

revision = "5e6f7a8b9c0d"
down_revision = None


def upgrade():
    # op.* helpers have no IF NOT EXISTS form: not reported.
    op.create_table(
        "webhooks",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("url", sa.Text(), nullable=False),
    )
    op.add_column("accounts", sa.Column("webhook_id", sa.BigInteger(), nullable=True))
    # SQL text in op.execute is checked: Alembic runs the migration in a transaction, so it is a note.
    # expect: require-if-not-exists "CREATE INDEX webhooks_url_idx on webhooks has no IF NOT EXISTS: inside the transaction Alembic opens"
    op.execute("CREATE INDEX webhooks_url_idx ON webhooks (url)")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def downgrade():
    op.execute("DROP INDEX webhooks_url_idx")
    op.drop_column("accounts", "webhook_id")
    op.drop_table("webhooks")
