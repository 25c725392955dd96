"""merge region and note

Revision ID: d4c0ffee0004
Revises: b2c0ffee0002, c3c0ffee0003
"""
revision = "d4c0ffee0004"
down_revision = (
    "b2c0ffee0002",
    "c3c0ffee0003",
)
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
