"""Alembic environment: always run on a connection handed over by desktop.db.migrate."""

from __future__ import annotations

from alembic import context

from desktop.db.fts import is_fts_table
from desktop.db.models import Base


def include_name(name, type_, parent_names) -> bool:  # noqa: ANN001 - Alembic's hook
    return not (type_ == "table" and name and is_fts_table(name))


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
