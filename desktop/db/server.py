"""What a registry on a PostgreSQL server needs beyond SQLAlchemy: every connection says who
it is (``application_name``: user@host, seen in ``pg_stat_activity`` by the others) and waits a
bounded time for a lock (``lock_timeout``, SQLite's busy timeout); a writer that gave up names
the session holding it; a write that lost a serialization race or a deadlock runs again.
"""

from __future__ import annotations

import functools
import getpass
import random
import socket
import time
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Engine, text

from . import errors

P = ParamSpec("P")
T = TypeVar("T")

# a write lost to another transaction (40001, 40P01) is run again this many times in all
WRITE_ATTEMPTS = 3


def who_am_i() -> str:
    """user@host, as the lock file beside an SQLite registry says it (at most 63 bytes:
    PostgreSQL cuts a longer application_name)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user}@{socket.gethostname()}".encode()[:63].decode(errors="ignore")


def connect_arguments(lock_timeout_ms: int) -> dict[str, Any]:
    """psycopg's connection parameters: set at connection, no statement of their own."""
    return {
        "application_name": who_am_i(),
        "options": f"-c lock_timeout={int(lock_timeout_ms)}",
    }


def lock_holder(engine: Engine) -> str:
    """The other session of this database with the oldest writing transaction (one that
    holds an id: it wrote or locked rows), as "user@host, server process N, since HH:MM";
    "?" when none is left (it ended meanwhile) or the server does not say."""
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT application_name, usename, pid, xact_start FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND backend_xid IS NOT NULL ORDER BY xact_start LIMIT 1"
                )
            ).first()
    except Exception:  # noqa: BLE001 - naming the holder must not hide the busy error
        return "?"
    if row is None:
        return "?"
    name, role, pid, since = row
    started = f", since {since:%H:%M}" if since is not None else ""
    return f"{name or role}, server process {pid}{started}"


def retried(write: Callable[P, T]) -> Callable[P, T]:
    """Run a write again when the server refused it for losing to another transaction
    (a serialization failure or a deadlock: nothing of it was kept), up to WRITE_ATTEMPTS in
    all, after a short random pause; a lock not had in time is told at once."""

    @functools.wraps(write)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return write(*args, **kwargs)
            except errors.DatabaseBusyError as exc:
                if not exc.retryable or attempt == WRITE_ATTEMPTS:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    return run
