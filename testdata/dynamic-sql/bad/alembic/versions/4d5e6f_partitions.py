revision = "4d5e6f"
down_revision = None


def upgrade():
    for year in (2026, 2027):
        # expect: dynamic-sql "f-string"
        op.execute(f"CREATE TABLE orders_{year} PARTITION OF orders FOR VALUES IN ({year})")
    # expect: dynamic-sql "the variable ddl"
    op.execute(ddl)


def downgrade():
    op.execute("DROP TABLE orders_2026, orders_2027")
