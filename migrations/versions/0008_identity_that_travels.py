"""Identity that travels: a uid and a change number on every record, the registry's site
and counter, tombstones, and what merging copies back needs (base values, merged packages,
conflicts kept for a person).

Columns are added, never by a table rebuild: the search and sort triggers and indexes on
these tables stay as they are.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01

"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "foreign_region",
    "organisation",
    "person",
    "event",
    "agreement",
    "delegation",
    "twin_relation",
)


def upgrade() -> None:
    bind = op.get_bind()
    random_uid = (
        "lower(hex(randomblob(16)))"
        if bind.dialect.name == "sqlite"
        else "md5(random()::text || clock_timestamp()::text || id::text)"
    )
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("uid", sa.String(length=32), nullable=True))
        op.add_column(
            table, sa.Column("change_seq", sa.Integer(), server_default="0", nullable=False)
        )
        op.execute(f"UPDATE {table} SET uid = {random_uid}")
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
        op.create_index(f"ix_{table}_change_seq", table, ["change_seq"], unique=False)
    op.create_table(
        "registry_site",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("counter", sa.Integer(), server_default="0", nullable=False),
        sa.Column("origin_site", sa.String(length=32), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("base_counter", sa.Integer(), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("attachments_taken", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_site")),
    )
    op.execute(
        sa.text("INSERT INTO registry_site (id, site_id, counter) VALUES (1, :site, 0)").bindparams(
            site=uuid.uuid4().hex
        )
    )
    if bind.dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE registry_change_seq")
    op.create_table(
        "base_record",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("values", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "uid", name=op.f("pk_base_record")),
    )
    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstone")),
    )
    op.create_index("ix_tombstone_uid", "tombstone", ["uid"], unique=False)
    op.create_index("ix_tombstone_change_seq", "tombstone", ["change_seq"], unique=False)
    op.create_table(
        "merged_package",
        sa.Column("package", sa.String(length=100), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("package", name=op.f("pk_merged_package")),
    )
    op.create_table(
        "pending_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("office", sa.Text(), nullable=True),
        sa.Column("laptop", sa.Text(), nullable=True),
        sa.Column("package", sa.String(length=100), nullable=False),
        sa.Column("laptop_user", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_conflict")),
    )
    op.create_index(
        "ix_pending_conflict_record", "pending_conflict", ["entity", "record_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_pending_conflict_record", table_name="pending_conflict")
    op.drop_table("pending_conflict")
    op.drop_table("merged_package")
    op.drop_index("ix_tombstone_change_seq", table_name="tombstone")
    op.drop_index("ix_tombstone_uid", table_name="tombstone")
    op.drop_table("tombstone")
    op.drop_table("base_record")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE registry_change_seq")
    op.drop_table("registry_site")
    for table in RECORD_TABLES:
        op.drop_index(f"ix_{table}_change_seq", table_name=table)
        op.drop_index(f"ix_{table}_uid", table_name=table)
        # SQLite drops a column in place since 3.35 (no table rebuild)
        op.drop_column(table, "change_seq")
        op.drop_column(table, "uid")
