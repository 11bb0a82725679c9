"""Membership of international organisations: which of our bodies and municipalities belong
to which international organisation, and since when (a child list of the organisation).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # DEFERRABLE on PostgreSQL, as 0007 made every key there; SQLite neither keeps nor
    # reports the clause, and its stored schema must match the other tables' (schema.py)
    deferrable = {"deferrable": True, "initially": "IMMEDIATE"}
    if op.get_bind().dialect.name != "postgresql":
        deferrable = {}
    op.create_table(
        "organisation_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.String(10), nullable=True),
        sa.Column("until", sa.String(10), nullable=True),
        sa.Column("comment", sa.String(length=1000), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_membership_member_id_organisation"),
            ondelete="CASCADE",
            **deferrable,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_membership_organisation_id_organisation"),
            ondelete="RESTRICT",
            **deferrable,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_membership")),
    )
    with op.batch_alter_table("organisation_membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_membership_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_organisation_membership_organisation_id"),
            ["organisation_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("organisation_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_membership_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_membership_member_id"))
    op.drop_table("organisation_membership")
