"""The engine of a registry database and the fast ways of reading from it.

SQLite connections get WAL, foreign keys, a busy timeout, and ``BEGIN IMMEDIATE`` for write
transactions (a deferred one that reads and then writes fails at once when another process
has written meanwhile; see FIELD-NOTES.md); a server's connections say who they are and wait
a bounded time for a lock (``server.py``).
"""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import ColumnElement, Engine, Executable, create_engine, event, func
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from . import schema, server
from .sort_index import register_functions

BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str, foreign_keys: bool = True) -> Engine:
    if make_url(url).get_backend_name() == "postgresql":
        # who this connection is, and SQLite's bounded wait for a lock (server.py)
        engine = create_engine(url, connect_args=server.connect_arguments(BUSY_TIMEOUT_MS))
        server.track_own_sessions(engine)
        return engine
    engine = create_engine(url)
    if engine.dialect.name != "sqlite":
        return engine

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI objects
        # Python 3.11's sqlite3 has no Connection.autocommit: take over transactions by hand,
        # and set PRAGMAs here, outside any transaction, where they take effect.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit the user was told about survives a power cut too (one fsync each).
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()
        schema.harden(dbapi_connection)
        # SQLite's lower() and NOCASE fold ASCII only; sorting Russian needs real case folding
        # (the sort indexes are built on it: sort_index.py).
        register_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # noqa: ANN001
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def fetch_rows(
    session: Session, statement: Executable, params: dict[str, Any] | None = None
) -> list[Any]:
    """Every row as a plain tuple, read straight from the DB-API cursor: for 100,000 rows
    SQLAlchemy's result rows cost twice what the query itself does."""
    result = session.connection().execute(statement, params)  # Core: a CursorResult
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def fetch_ids(
    session: Session, statement: Executable, params: dict[str, Any] | None = None
) -> list[int]:
    """The first column of every row: ids, often 100,000 of them.

    SQLite hands them over as one JSON array, parsed in C: 35 % less than a row tuple each
    (which is itself half of SQLAlchemy's result rows). The order is kept: an aggregate over a
    subquery with ORDER BY reads it in order (SQLite does not flatten such a subquery;
    tests/services/test_sorting.py compares with plain rows)."""
    connection = session.connection()
    # a SELECT compiles with SQLCompiler, which knows its positional parameters
    compiled = cast(SQLCompiler, cast(ClauseElement, statement).compile(dialect=connection.dialect))
    values = compiled.construct_params(params)
    arguments = tuple(values[name] for name in compiled.positiontup or ())
    if (
        connection.dialect.name != "sqlite"
        or compiled.positiontup is None
        or "POSTCOMPILE" in compiled.string
        # dates and the like need SQLAlchemy's conversion on the way in
        or not all(isinstance(value, str | int | float) for value in arguments)
    ):
        return [row[0] for row in fetch_rows(session, statement, params)]
    as_json = (
        f"WITH listed(value) AS ({compiled.string}) SELECT json_group_array(value) FROM listed"
    )
    found = connection.exec_driver_sql(as_json, arguments).scalar_one()
    return json.loads(found)


def sort_key(column: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    """A case-insensitive sort key for text, on SQLite and PostgreSQL alike."""
    return func.casefold(column) if dialect == "sqlite" else func.lower(column)
