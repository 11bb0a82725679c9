"""Counting the transactions an action opens: an event listener on the registry's engine."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from desktop.services import Services


@contextmanager
def counted_transactions(services: Services) -> Iterator[dict[str, int]]:
    """{"read": n, "write": n}: the transactions begun inside the block, by kind (a write
    transaction is one begun on the write engine: BEGIN IMMEDIATE)."""
    counts = {"read": 0, "write": 0}

    def on_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy's Connection
        kind = "write" if connection.get_execution_options().get("write") else "read"
        counts[kind] += 1

    engine = services.db.engine
    event.listen(engine, "begin", on_begin)
    try:
        yield counts
    finally:
        event.remove(engine, "begin", on_begin)
