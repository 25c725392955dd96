"""index users by email and by signup date

Revision ID: 7f3a9c2e1b40
Revises:
Create Date: 2026-11-20 09:14:02.118341

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "7f3a9c2e1b40"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET lock_timeout = '5s'")
    op.create_index("ix_users_email", "users", ["email"], unique=True)
    op.create_index(
        "ix_users_created_at",
        "users",
        ["created_at"],
    )
    with op.get_context().autocommit_block():
        op.create_index("ix_users_last_login", "users", ["last_login"])
    op.execute(
        """
        CREATE INDEX ix_users_lower_name
            ON users (lower(name))
        """
    )
    op.execute(r'CREATE INDEX "ix_users\plan" ON users (plan)')
    op.execute('DROP INDEX "ix_users_Legacy"')


def downgrade():
    op.drop_index("ix_users_lower_name", table_name="users")
    op.drop_index("ix_users_last_login", table_name="users")
    op.drop_index("ix_users_created_at", table_name="users")
    op.drop_index("ix_users_email", table_name="users")
