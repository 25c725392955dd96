"""guarded index

Revision ID: 7a8b9c0d1e2f
"""
from alembic import op
import sqlalchemy as sa

revision = "7a8b9c0d1e2f"
down_revision = "5e6f7a8b9c0d"


def upgrade():
    bind = op.get_bind()
    indexes = [i["name"] for i in sa.inspect(bind).get_indexes("webhooks")]
    # the revision checks the database itself: its guard
    if "webhooks_created_idx" not in indexes:
        op.execute(
            "CREATE INDEX webhooks_created_idx "
            "ON webhooks (id)"
        )


def downgrade():
    op.execute("DROP INDEX IF EXISTS webhooks_created_idx")
