"""drop legacy tokens

Revision ID: 6f7a8b9c0d1e
"""
from alembic import op
import sqlalchemy as sa

revision = "6f7a8b9c0d1e"
down_revision = None


def upgrade():
    # op.* helpers have no IF EXISTS form: not reported.
    op.drop_index("tokens_legacy_idx", table_name="tokens")
    op.drop_column("tokens", "legacy_secret")
    # expect: require-if-exists "DROP TABLE legacy_tokens has no IF EXISTS: inside the transaction Alembic opens"
    op.execute("DROP TABLE legacy_tokens")


def downgrade():
    op.add_column("tokens", sa.Column("legacy_secret", sa.Text(), nullable=True))
