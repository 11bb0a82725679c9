"""Alembic environment: always run on a connection handed over by desktop.db.migrate."""

from __future__ import annotations

import warnings

from alembic import context

from desktop.db.fts import is_fts_table
from desktop.db.models import Base
from desktop.db.sort_index import is_sort_index


def include_name(name, type_, parent_names) -> bool:  # noqa: ANN001 - Alembic's hook
    # The FTS tables and the sort indexes are SQLite-only SQL of their own migrations.
    if type_ == "table" and name and is_fts_table(name):
        return False
    return not (type_ == "index" and name and is_sort_index(name))


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
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
