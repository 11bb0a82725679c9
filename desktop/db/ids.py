"""Ids for records written in bulk (the demo, an import), taken so that concurrent writers and
the next ordinary insert never collide with them.

On PostgreSQL they come from the table's sequence, which is not transactional: two imports at
once each get their own ids, and the next insert continues after them. Ids given explicitly
(an import keeps the ids of its file) move the sequence past them first. On SQLite the write
transaction (``BEGIN IMMEDIATE``) holds the only write lock, so the highest id in use plus one
is safe, and SQLite continues after the highest itself.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, Table, func, select, text


def new_ids(
    connection: Connection, table: Table, count: int, taken: Collection[int] = ()
) -> list[int]:
    """``count`` ids no other record has or will get, none of them among ``taken`` (ids the
    caller is about to insert explicitly), inside the caller's write transaction."""
    if connection.dialect.name == "postgresql":
        sequence = {"table": table.name}
        if taken:
            # nextval first: a sequence already past the taken ids stays where it is
            connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                    "greatest(:highest, nextval(pg_get_serial_sequence(:table, 'id'))))"
                ),
                {**sequence, "highest": max(taken)},
            )
        if count <= 0:
            return []
        rows = connection.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                "FROM generate_series(1, :count)"
            ),
            {**sequence, "count": count},
        )
        return [row[0] for row in rows]
    if count <= 0:
        return []
    highest = connection.execute(select(func.max(table.c.id))).scalar() or 0
    first = max(highest, *taken, 0) + 1
    return list(range(first, first + count))
