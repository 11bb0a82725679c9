"""The SQLite sort indexes (migration 0005): one partial index per registry table column over
the records not in the trash, so that sorting a whole registry reads an index in order.

Text columns are indexed by ``casefold(column)``, a function of ours (SQLite's lower() and
NOCASE fold ASCII only, and Russian must sort without regard to case). Every connection that
writes those columns or runs ``PRAGMA integrity_check`` must register it: ``connect`` below does,
and so does the engine. Other SQLite tools can read the file; writing with them fails with
"unknown function: casefold()" rather than leaving an index out of date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection


def casefold(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    return value.casefold() if isinstance(value, str) else value


def register_functions(connection: sqlite3.Connection) -> None:
    connection.create_function("casefold", 1, casefold, deterministic=True)


def connect(path: Path | str, read_only: bool = False, **kwargs: Any) -> sqlite3.Connection:
    """A plain sqlite3 connection to a registry file, with our SQL functions."""
    target = f"file:{path}?mode=ro" if read_only else str(path)
    connection = sqlite3.connect(target, uri=read_only, **kwargs)
    register_functions(connection)
    return connection


def index_name(table: str, column: str) -> str:
    return f"ix_{table}_sort_{column}"


def key_sql(column: str, is_text: bool) -> str:
    """The indexed expression; a query must order by exactly this to use the index."""
    return f"casefold({column})" if is_text else column


def is_sort_index(name: str) -> bool:
    return "_sort_" in name and name.startswith("ix_")


@contextmanager
def rebuilt_afterwards(connection: Connection) -> Iterator[None]:
    """Drop the sort indexes for a bulk insert and build them again at the end, in the same
    transaction: building an index over 100,000 rows at once is several times cheaper than
    keeping it up to date row by row."""
    listed = {
        "sqlite": "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
        "postgresql": "SELECT indexname, indexdef FROM pg_indexes "
        "WHERE schemaname = current_schema()",
    }.get(connection.dialect.name)
    if listed is None:
        yield
        return
    indexes = [
        (name, sql) for name, sql in connection.exec_driver_sql(listed) if is_sort_index(name)
    ]
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        connection.exec_driver_sql(sql)


def server_key_sql(column: str, is_text: bool) -> str:
    """PostgreSQL's sort key: lower() (IMMUTABLE, built in) under the database's collation, as
    ``database.sort_key`` orders by it."""
    return f"lower({column})" if is_text else column


def server_create_statement(table: str, column: str, is_text: bool) -> str:
    """The PostgreSQL sort index (migration 0009): the key and the id, so that a whole
    registry in the column's order (ties by id) is read off the index in either direction;
    a text column's value is included, or PostgreSQL would read every row of the table for
    ``lower(column)`` (an index-only scan needs every column the query names)."""
    included = f" INCLUDE ({column})" if is_text else ""
    return (
        f"CREATE INDEX {index_name(table, column)} ON {table} "
        f"({server_key_sql(column, is_text)}, id){included} WHERE deleted_at IS NULL"
    )
