revision = "4d5e6f"
down_revision = None

DDL = "CREATE TABLE orders_2026 PARTITION OF orders " + "FOR VALUES IN (2026)"


def upgrade():
    op.execute(DDL)
    op.execute(f"CREATE TABLE orders_2027 PARTITION OF orders FOR VALUES IN (2027)")


def downgrade():
    op.execute("DROP TABLE orders_2026, orders_2027")
