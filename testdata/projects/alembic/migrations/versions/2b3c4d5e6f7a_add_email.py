"""add email to users

Revision ID: 2b3c4d5e6f7a
Revises: 1a2b3c4d5e6f
"""
from alembic import op
import sqlalchemy as sa

revision = '2b3c4d5e6f7a'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('users', sa.Column('email', sa.String(320), nullable=False))
    op.create_index('ix_users_email', 'users', ['email'], unique=True, postgresql_concurrently=True)
    with op.get_context().autocommit_block():
        op.create_index(
            'ix_users_created_at',
            'users',
            ['created_at'],
            postgresql_concurrently=True,
        )


def downgrade():
    pass
