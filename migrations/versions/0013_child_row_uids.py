"""A uid on every child row (parties, status steps, members, linked agreements, a twin pair's
steps): identity that travels, like the records' own (0008). Rows rewritten by a save keep
theirs (``kept_uids``). Columns are added in place, never by a table rebuild.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01

"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

CHILD_TABLES = (
    "agreement_party",
    "agreement_status",
    "delegation_member",
    "delegation_agreement",
    "twin_status",
    "agreement_result",  # 0011
    "agreement_plan_item",
    "twin_result",
    "twin_plan_item",
    "organisation_membership",  # 0012
)


def upgrade() -> None:
    bind = op.get_bind()
    random_uid = (
        "lower(hex(randomblob(16)))"
        if bind.dialect.name == "sqlite"
        else "md5(random()::text || clock_timestamp()::text || id::text)"
    )
    for table in CHILD_TABLES:
        op.add_column(table, sa.Column("uid", sa.String(length=32), nullable=True))
        op.execute(f"UPDATE {table} SET uid = {random_uid}")
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)


def downgrade() -> None:
    for table in CHILD_TABLES:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        op.drop_column(table, "uid")
