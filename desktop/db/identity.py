"""Identity that travels between copies of one registry, and its change counter.

Every write transaction takes the next change number (``next_change``, called by
``Database.write``); every record it inserts or updates is stamped with it (the
``change_seq`` column's default), so "what changed since the copy was taken" is a query.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

CHANGE_KEY = "registry_change"  # where a connection keeps its transaction's change number
BASE_KEY = "registry_base"  # and, on a copy taken away, the office's number it was taken at


def new_uid() -> str:
    return uuid.uuid4().hex


def kept_uids(old: list[tuple[str | None, dict[str, Any]]], new: list[dict[str, Any]]) -> list[str]:
    """The uids for ``new``, a child list rewritten over ``old`` (uid, values) rows: a row
    kept as it was takes its old uid wherever it moved; a row edited in its place takes the
    uid of the row that was there; a row added gets a new one."""
    free = [uid for uid, _ in old]
    given: list[str | None] = [None] * len(new)
    for i, row in enumerate(new):
        for j, (uid, values) in enumerate(old):
            if free[j] is not None and values == row:
                given[i], free[j] = uid, None
                break
    for i in range(len(new)):
        if given[i] is None and i < len(free) and free[i] is not None:
            given[i], free[i] = free[i], None
    return [uid or new_uid() for uid in given]


def current_change(context: Any) -> int:
    """The change number of the transaction running on this connection (a column default:
    SQLAlchemy passes its execution context)."""
    return int(context.connection.info.get(CHANGE_KEY, 0))


def current_change_of(session: Any) -> int:
    """The change number of the write transaction a session runs."""
    return int(session.connection().info.get(CHANGE_KEY, 0))


def offline_base_of(session: Any) -> int | None:
    """In a write transaction on a copy taken away: the office's change number it was taken
    at (read with the transaction's own change number: no statement more)."""
    base = session.connection().info.get(BASE_KEY)
    return None if base is None else int(base)


def next_change(connection: Connection) -> int:
    """Take the next change number for this transaction. SQLite writes one at a time, so the
    counter row costs no wait; a server takes it from a sequence, which locks nothing."""
    if connection.dialect.name == "postgresql":
        # a server is an office's registry, never a copy taken away
        number, base = (
            connection.execute(text("SELECT nextval('registry_change_seq')")).scalar_one(),
            None,
        )
    else:
        number, base = connection.execute(
            text("UPDATE registry_site SET counter = counter + 1 RETURNING counter, base_counter")
        ).one()
    connection.info[CHANGE_KEY] = int(number)
    connection.info[BASE_KEY] = base
    return int(number)


def counter(connection: Connection) -> int:
    """The last change number handed out."""
    if connection.dialect.name == "postgresql":
        return int(
            connection.execute(
                text(
                    "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM registry_change_seq"
                )
            ).scalar_one()
        )
    return int(connection.execute(text("SELECT counter FROM registry_site")).scalar_one())


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    name: str | None
    origin_site: str | None  # the office's site, for a copy taken away
    origin: str | None  # the office registry's path or URL
    base_counter: int | None  # the office's change number when the copy was taken
    taken_at: datetime | None  # when the copy was taken


def read_site(connection: Connection) -> SiteInfo:
    row = connection.execute(
        text("SELECT site_id, name, origin_site, origin, base_counter, taken_at FROM registry_site")
    ).one()
    taken = row.taken_at
    if isinstance(taken, str):  # SQLite hands text back to a textual query
        taken = datetime.fromisoformat(taken)
    return SiteInfo(row.site_id, row.name, row.origin_site, row.origin, row.base_counter, taken)
