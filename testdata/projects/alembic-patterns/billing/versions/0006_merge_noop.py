"""an empty revision, kept so that deployed databases stamped with it still upgrade

Revision ID: 0d6c2b9e8f57
Revises: 8e3a1f6c0d94
Create Date: 2026-07-08 10:02:41.007615
"""
revision = "0d6c2b9e8f57"
down_revision = "8e3a1f6c0d94"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
