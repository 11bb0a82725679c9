"""Search and sort indexes on PostgreSQL, as SQLite has had since 0004 and 0005.

The search text of each record (its own words, its country's names, the names of the records
it refers to: what 0004 indexes with FTS5) is kept by triggers in ``t_fts`` tables, folded by
``registry_fold`` as FTS5's tokenizer folds it, with a GIN index for word-beginning search
(``desktop/db/fts_pg.py``); the text of the existing records is filled in here. Every column
0005 indexes on SQLite gets a partial index over the records not in the trash, text columns by
``lower()``, each with the id for ties. Nothing changes on SQLite.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

"""

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

from desktop.db import fts_pg
from desktop.db.sort_index import index_name, server_create_statement

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _revision(prefix: str) -> ModuleType:
    """An earlier revision's module, for its frozen lists (this indexes what it indexed)."""
    (path,) = Path(__file__).parent.glob(f"{prefix}_*.py")
    spec = importlib.util.spec_from_file_location(f"revision_{prefix}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _on_server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _on_server():
        return
    search, sort = _revision("0004"), _revision("0005")
    icu = (
        op.get_bind()
        .exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")
        .first()
    )
    op.execute(fts_pg.fold_function_sql(icu is not None))
    for table, (columns, with_country) in search.OWN.items():
        for statement in fts_pg.create_statements(
            table, columns, with_country, search._refs(table)
        ):
            op.execute(statement)
        fts_pg.fill(op.get_bind(), table)
        op.execute(fts_pg.words_index_statement(table))
        op.execute(f"ANALYZE {table}, {table}_fts")
    for table, columns in sort.COLUMNS.items():
        for column, is_text in columns.items():
            op.execute(server_create_statement(table, column, is_text))


def downgrade() -> None:
    if not _on_server():
        return
    search, sort = _revision("0004"), _revision("0005")
    for table, columns in sort.COLUMNS.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS {index_name(table, column)}")
    for table, (_, with_country) in search.OWN.items():
        for statement in fts_pg.drop_statements(table, search.REFS.get(table, {}), with_country):
            op.execute(statement)
    op.execute("DROP FUNCTION IF EXISTS registry_fold(text)")
