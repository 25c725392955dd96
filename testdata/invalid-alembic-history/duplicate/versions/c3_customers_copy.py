"""create customer addresses (copied from the customers revision, id left as it was)

Revision ID: b2c0ffee0002
Revises: b2c0ffee0002
"""
from alembic import op
import sqlalchemy as sa

# expect: invalid-alembic-history "is also the revision of b2_customers.py"
revision = "b2c0ffee0002"
down_revision = "a1c0ffee0001"


def upgrade():
    op.create_table("customer_addresses", sa.Column("id", sa.BigInteger(), primary_key=True))


def downgrade():
    op.drop_table("customer_addresses")
