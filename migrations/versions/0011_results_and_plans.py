"""Results and plans of measures of agreements and twin relations.

- ``agreement_result`` and ``twin_result``: what was done under the tie, dated to its
  precision («2024», «07.2024», «08.07.2024»), with its kind, text, the delegation or event
  it was and a document reference.
- ``agreement_plan_item`` and ``twin_plan_item``: the plan of measures (road map): the
  measure, its deadline, who is responsible, its status and the day it was done.
- The search index (SQLite's FTS5, the server's ``t_fts`` of 0009): an agreement's and a
  twin relation's text holds their results' and plan items' text too, re-indexed by
  triggers on the child tables.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop.db import fts, fts_pg

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Frozen here: the search index of the two parents as revision 0004 made it.
OWN = {
    "agreement": (["title", "signed_place", "reg_number", "responsible_officer", "notes"], True),
    "twin_relation": (["notes"], True),
}
REFS = {
    "agreement": {"region_id": ("foreign_region", ["name_ru", "name_original", "iso_code"])},
    "twin_relation": {
        "our_organisation_id": ("organisation", ["name_ru", "name_original", "city"]),
        "foreign_region_id": ("foreign_region", ["name_ru", "name_original", "iso_code"]),
        "basis_agreement_id": ("agreement", ["title", "reg_number"]),
    },
}
PARENT_COLUMN = {"agreement": "agreement_id", "twin_relation": "twin_id"}
PREFIX = {"agreement": "agreement", "twin_relation": "twin"}
RESULT_TEXT = ["description", "document_ref"]
PLAN_TEXT = ["measure", "responsible"]


def _children(table: str) -> dict[str, tuple[str, list[str]]]:
    parent, prefix = PARENT_COLUMN[table], PREFIX[table]
    return {f"{prefix}_result": (parent, RESULT_TEXT), f"{prefix}_plan_item": (parent, PLAN_TEXT)}


def _deferrable() -> dict[str, Any]:
    """As 0007 made every key on PostgreSQL; SQLite keeps its keys as 0001 wrote them."""
    if op.get_bind().dialect.name == "sqlite":
        return {}
    return {"deferrable": True, "initially": "IMMEDIATE"}


def _create_tables(table: str) -> None:
    parent, prefix = PARENT_COLUMN[table], PREFIX[table]

    def owner(child: str) -> list[Any]:
        return [
            sa.Column(parent, sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                [parent],
                [f"{table}.id"],
                name=op.f(f"fk_{child}_{parent}_{table}"),
                ondelete="CASCADE",
                **_deferrable(),
            ),
        ]

    result = f"{prefix}_result"
    op.create_table(
        result,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("document_ref", sa.String(length=300), nullable=True),
        *owner(result),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f(f"fk_{result}_delegation_id_delegation"),
            ondelete="RESTRICT",
            **_deferrable(),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f(f"fk_{result}_event_id_event"),
            ondelete="RESTRICT",
            **_deferrable(),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{result}")),
    )
    for column in (parent, "delegation_id", "event_id"):
        op.create_index(op.f(f"ix_{result}_{column}"), result, [column], unique=False)
    item = f"{prefix}_plan_item"
    op.create_table(
        item,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=4000), nullable=False),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("responsible", sa.String(length=500), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        *owner(item),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{item}")),
    )
    for column in (parent, "deadline", "status"):
        op.create_index(op.f(f"ix_{item}_{column}"), item, [column], unique=False)


def _index(table: str, children: dict[str, tuple[str, list[str]]] | None) -> None:
    """The table's search index made again, with ``children``'s text or without."""
    columns, with_country = OWN[table]
    refs = REFS[table]
    for statement in fts.drop_statements(table, list(refs), list(_children(table))):
        op.execute(statement)
    for statement in fts.create_statements(table, columns, with_country, refs, children):
        op.execute(statement)
    op.execute(fts.fill_statement(table, columns, with_country, refs, children))


def _index_on_server(table: str, children: dict[str, tuple[str, list[str]]] | None) -> None:
    """The server's search index of the table (0009) made again, with or without
    ``children``'s text."""
    columns, with_country = OWN[table]
    refs = REFS[table]
    targets = {column: target for column, (target, _) in refs.items()}
    for statement in fts_pg.drop_statements(table, targets, with_country, list(_children(table))):
        op.execute(statement)
    for statement in fts_pg.create_statements(table, columns, with_country, refs, children):
        op.execute(statement)
    fts_pg.fill(op.get_bind(), table)
    op.execute(fts_pg.words_index_statement(table))
    op.execute(f"ANALYZE {table}, {table}_fts")


def upgrade() -> None:
    for table in OWN:
        _create_tables(table)
        if op.get_bind().dialect.name == "sqlite":
            _index(table, _children(table))
        else:
            _index_on_server(table, _children(table))


def downgrade() -> None:
    for table in OWN:
        if op.get_bind().dialect.name == "sqlite":
            _index(table, None)
        else:
            _index_on_server(table, None)
        for child in reversed(list(_children(table))):
            op.drop_table(child)
