"""Alembic environment: always run on a connection handed over by desktop.db.migrate."""

from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy import MetaData

from desktop.db.fts import is_fts_table
from desktop.db.models import Base
from desktop.db.sort_index import is_sort_index


def include_name(name, type_, parent_names) -> bool:  # noqa: ANN001 - Alembic's hook
    # The FTS tables and the sort indexes are SQLite-only SQL of their own migrations.
    if type_ == "table" and name and is_fts_table(name):
        return False
    return not (type_ == "index" and name and is_sort_index(name))


def _as_sqlite_keeps_it(metadata: MetaData) -> MetaData:
    """The models as SQLite stores them: its foreign keys neither keep nor report DEFERRABLE
    (migration 0007 makes them so on PostgreSQL), so the comparison leaves it out there."""
    copy = MetaData(naming_convention=metadata.naming_convention)
    for table in metadata.tables.values():
        table.to_metadata(copy)
    for table in copy.tables.values():
        for key in table.foreign_key_constraints:
            key.deferrable = key.initially = None
    return copy


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=_as_sqlite_keeps_it(Base.metadata) if sqlite else Base.metadata,
        render_as_batch=sqlite,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction(), warnings.catch_warnings():
        # Comparing with the models reflects the schema; SQLAlchemy cannot reflect the
        # expression indexes of migration 0005 and says so. They are skipped on purpose.
        warnings.filterwarnings(
            "ignore", message="Skipped unsupported reflection of expression-based index ix_"
        )
        context.run_migrations()


run_migrations_online()
