"""Dates with a precision, terms as written, the status history of twin relations.

- ``agreement.signed_on``, ``valid_from``, ``valid_to`` and ``twin_relation.established_on``
  hold a date known to the day, the month or the year as ISO 8601 text cut to its precision
  («1999-12-08», «2016-07», «2012»; ``desktop.db.models.PartialDateText`` says why). A day
  keeps the text SQLite already stored; PostgreSQL converts its DATE values to that text.
- ``agreement.term``: the term as written («5 лет», «бессрочно»).
- ``twin_status``: a twin pair's steps (established, suspended, resumed, ended) with date,
  side and note. Existing pairs get the steps their status implies: «established» on their
  date, then «suspended» for a dormant pair and «ended» for a terminated one (undated).

On SQLite changing a column's type means making the table again (``_retype_sqlite``); its
indexes and the search index's triggers are put back unchanged.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen here: the columns this revision turns into partial dates.
PARTIAL = {
    "agreement": ("signed_on", "valid_from", "valid_to"),
    "twin_relation": ("established_on",),
}


def _retype_sqlite(table: str, columns: tuple[str, ...], old: str, new: str) -> None:
    """SQLite cannot change a column's type: the table is made again from its own SQL with
    those types replaced, the rows copied, and its indexes and every trigger (the search
    index's refer to it) put back as they were. Alembic's batch mode would do the copy too,
    but it writes the constraints in a different order on every run (and the schema check
    compares the SQL), and it loses the expression indexes it cannot reflect."""
    bind = op.get_bind()
    (sql,) = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).one()
    for column in columns:
        sql, count = re.subn(rf"(\b{column}) {re.escape(old)}", rf"\1 {new}", sql)
        assert count == 1, (table, column)
    # a copy under another name, then the table again under its own: a rename would
    # write its name quoted and so change its SQL (the schema check compares the SQL)
    copy, count = re.subn(rf'^CREATE TABLE "?{table}"?', f"CREATE TABLE _copy_{table}", sql)
    assert count == 1, table
    kept = bind.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        "(type = 'trigger' OR (type = 'index' AND tbl_name = ?))",
        (table,),
    ).all()
    for kind, name, _ in kept:
        bind.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    bind.exec_driver_sql(copy)
    bind.exec_driver_sql(f"INSERT INTO _copy_{table} SELECT * FROM {table}")  # noqa: S608
    bind.exec_driver_sql(f"DROP TABLE {table}")
    bind.exec_driver_sql(sql)
    bind.exec_driver_sql(f"INSERT INTO {table} SELECT * FROM _copy_{table}")  # noqa: S608
    bind.exec_driver_sql(f"DROP TABLE _copy_{table}")
    for _, _, statement in kept:
        bind.exec_driver_sql(statement)


def _retype(old: str, new: str, using: str) -> None:
    """The partial-date columns from type ``old`` to ``new`` (PostgreSQL: ``using`` says how
    each value converts)."""
    for table, columns in PARTIAL.items():
        if op.get_bind().dialect.name == "sqlite":
            _retype_sqlite(table, columns, old, new)
            continue
        for column in columns:
            op.execute(
                f"ALTER TABLE {table} ALTER COLUMN {column} TYPE {new} "
                f"USING {using.format(column=column)}"
            )


def upgrade() -> None:
    _retype("DATE", "VARCHAR(10)", "to_char({column}, 'YYYY-MM-DD')")
    op.add_column("agreement", sa.Column("term", sa.String(300), nullable=True))
    op.create_table(
        "twin_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("twin_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("on_date", sa.String(10), nullable=True),
        sa.Column("side", sa.String(10), nullable=True),
        sa.Column("comment", sa.String(1000), nullable=True),
        sa.ForeignKeyConstraint(
            ["twin_id"],
            ["twin_relation.id"],
            name=op.f("fk_twin_status_twin_id_twin_relation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_twin_status")),
    )
    op.create_index(op.f("ix_twin_status_twin_id"), "twin_status", ["twin_id"])
    op.execute(
        "INSERT INTO twin_status (twin_id, position, status, on_date) "
        "SELECT id, 0, 'established', established_on FROM twin_relation"
    )
    op.execute(
        "INSERT INTO twin_status (twin_id, position, status) "
        "SELECT id, 1, CASE status WHEN 'dormant' THEN 'suspended' ELSE 'ended' END "
        "FROM twin_relation WHERE status IN ('dormant', 'terminated')"
    )


def _to_day(column: str) -> str:
    """A partial date's text as the first day it may be («2012» -> «2012-01-01»)."""
    return (
        f"UPDATE {{table}} SET {column} = CASE length({column}) "
        f"WHEN 4 THEN {column} || '-01-01' WHEN 7 THEN {column} || '-01' ELSE {column} END"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_twin_status_twin_id"), table_name="twin_status")
    op.drop_table("twin_status")
    op.execute("ALTER TABLE agreement DROP COLUMN term")
    for table, columns in PARTIAL.items():
        for column in columns:
            op.execute(_to_day(column).format(table=table))
    _retype("VARCHAR(10)", "DATE", "{column}::date")
