"""strip whitespace from customer emails

Revision ID: 5b0e7d2a4c18
Revises: 2f8d6b51c9a3
Create Date: 2026-06-20 08:15:52.781120
"""
from alembic import op
from sqlalchemy import orm

from billing.models import Customer

revision = "5b0e7d2a4c18"
down_revision = "2f8d6b51c9a3"
branch_labels = None
depends_on = None


def upgrade():
    session = orm.Session(bind=op.get_bind())
    for customer in session.query(Customer).filter(Customer.email.contains(" ")):
        customer.email = customer.email.strip()
    session.commit()


def downgrade():
    pass
