"""The SQLite full-text index of a registry: an FTS5 table kept in sync by triggers.

Each registry table ``t`` gets ``t_fts(body)`` whose rowid is the record id and whose body is
the record's searchable text plus its country's names and, since revision 0004, the searchable
text of the records it names in its table (a twin relation's city, a person's organisation).
Triggers on those referenced tables refresh the bodies that quote them, so one FTS query
answers a search: no join at search time. PostgreSQL keeps the same text, folded as FTS5
folds it, in tables of its own (``fts_pg.py``).

Migrations pass frozen column lists to these functions, so a later change to the entity
descriptions never changes what an old migration did.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

TOKENIZER = "unicode61 remove_diacritics 2"


def _text(row: str, columns: Sequence[str]) -> str:
    return " || ' ' || ".join(f"coalesce({row}.{column}, '')" for column in columns)


# child table -> (its column naming the parent, its searchable columns): since revision 0011
# a record's text holds its child lists' too (an agreement is found by its results)
Children = Mapping[str, tuple[str, Sequence[str]]]


def body_sql(
    row: str,
    columns: Sequence[str],
    with_country: bool,
    refs: Mapping[str, tuple[str, Sequence[str]]] | None = None,
    children: Children | None = None,
    dialect: str = "sqlite",
) -> str:
    """The indexed text of the record ``row``; ``refs``: reference column -> (table, columns)."""
    parts = [_text(row, columns)]
    joined = "group_concat" if dialect == "sqlite" else "string_agg"
    for child, (parent, child_columns) in (children or {}).items():
        parts.append(
            f"coalesce((SELECT {joined}({_text('c', child_columns)}, ' ') FROM {child} c "
            f"WHERE c.{parent} = {row}.id), '')"
        )
    if with_country:
        parts.append(
            f"coalesce((SELECT name_ru || ' ' || name_en || ' ' || code FROM country "
            f"WHERE code = {row}.country_code), '')"
        )
    for column, (target, target_columns) in (refs or {}).items():
        parts.append(
            f"coalesce((SELECT {_text('r', target_columns)} FROM {target} r "
            f"WHERE r.id = {row}.{column}), '')"
        )
    return " || ' ' || ".join(parts)


def create_statements(
    table: str,
    columns: Sequence[str],
    with_country: bool,
    refs: Mapping[str, tuple[str, Sequence[str]]] | None = None,
    children: Children | None = None,
) -> list[str]:
    fts = f"{table}_fts"
    new_body = body_sql("new", columns, with_country, refs, children)
    watched = [*columns, *(refs or {})] + (["country_code"] if with_country else [])
    # Without refs (revision 0001) any update re-indexes; with them, only a change of text.
    on_update = f"UPDATE OF {', '.join(watched)}" if refs is not None else "UPDATE"
    statements = [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(body, tokenize = '{TOKENIZER}')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, body) VALUES (new.id, {new_body}); END",
        f"CREATE TRIGGER {table}_fts_update AFTER {on_update} ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.id; "
        f"INSERT INTO {fts}(rowid, body) VALUES (new.id, {new_body}); END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.id; END",
    ]
    own_body = body_sql("s", columns, with_country, refs, children)
    for child, (parent, _) in (children or {}).items():
        # a child row written or removed re-indexes its record (saved after the record)
        for event, which in (("INSERT", "new"), ("DELETE", "old"), ("UPDATE", "new")):
            statements.append(
                f"CREATE TRIGGER {table}_fts_child_{child}_{event.lower()} AFTER {event} ON "
                f"{child} BEGIN DELETE FROM {fts} WHERE rowid = {which}.{parent}; "
                f"INSERT INTO {fts}(rowid, body) SELECT s.id, {own_body} FROM {table} s "
                f"WHERE s.id = {which}.{parent}; END"
            )
    for column, (target, target_columns) in (refs or {}).items():
        # A renamed region re-indexes the agreements that name it.
        statements.append(
            f"CREATE TRIGGER {table}_fts_ref_{column} AFTER UPDATE OF "
            f"{', '.join(target_columns)} ON {target} BEGIN "
            f"DELETE FROM {fts} WHERE rowid IN (SELECT id FROM {table} WHERE {column} = new.id); "
            f"INSERT INTO {fts}(rowid, body) SELECT s.id, {own_body} FROM {table} s "
            f"WHERE s.{column} = new.id; END"
        )
    return statements


def fill_statement(
    table: str,
    columns: Sequence[str],
    with_country: bool,
    refs: Mapping[str, tuple[str, Sequence[str]]] | None = None,
    children: Children | None = None,
) -> str:
    """Index every existing record (after the FTS table was created anew)."""
    body = body_sql("s", columns, with_country, refs, children)
    return f"INSERT INTO {table}_fts(rowid, body) SELECT s.id, {body} FROM {table} s"


def drop_statements(
    table: str, refs: Sequence[str] = (), children: Sequence[str] = ()
) -> list[str]:
    return [
        *(
            f"DROP TRIGGER IF EXISTS {table}_fts_child_{child}_{event}"
            for child in children
            for event in ("insert", "delete", "update")
        ),
        *(f"DROP TRIGGER IF EXISTS {table}_fts_ref_{column}" for column in refs),
        f"DROP TRIGGER IF EXISTS {table}_fts_insert",
        f"DROP TRIGGER IF EXISTS {table}_fts_update",
        f"DROP TRIGGER IF EXISTS {table}_fts_delete",
        f"DROP TABLE IF EXISTS {table}_fts",
    ]


def is_fts_table(name: str) -> bool:
    """FTS5 creates shadow tables (t_fts_data, t_fts_idx, ...); autogenerate must skip them."""
    return "_fts" in name


def _triggers(connection: Connection) -> dict[str, str]:
    """The FTS triggers of the registry file: name -> SQL."""
    return dict(
        connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_%'"
        ).all()
    )


def _bodies(triggers: Mapping[str, str]) -> dict[str, str]:
    """Table -> the SQL of a record's indexed text over the row ``s``, as the insert trigger
    the newest migration created writes it."""
    bodies = {}
    for name, sql in triggers.items():
        if name.endswith("_fts_insert"):
            found = _INSERT_BODY.search(sql)
            assert found is not None, f"unexpected FTS trigger {name}"
            bodies[name.removesuffix("_fts_insert")] = found.group(1).replace("new.", "s.")
    return bodies


def problem_lines(table: str, wrong: Sequence[tuple[int, bool]], stray: Sequence[int]) -> list[str]:
    """``check``'s lines for records indexed wrongly (or not at all: True) and index rows of
    records that do not exist."""
    lines = [
        f"{table} row {found}: "
        + ("missing from the search index" if missing else "search index out of date")
        for found, missing in wrong
    ]
    return lines + [
        f"{table}_fts row {found}: indexed, but {table} has no such row" for found in stray
    ]


def index_problems(connection: Connection, limit: int = 20) -> list[str]:
    """Records whose indexed text is missing or not what the triggers would write, and index
    rows of records that do not exist (``check``; on a server: ``fts_pg.index_problems``)."""
    if connection.dialect.name == "postgresql":
        from .fts_pg import index_problems as on_server

        return on_server(connection, limit)
    problems = []
    for table, body in _bodies(_triggers(connection)).items():
        wrong = connection.exec_driver_sql(
            f"SELECT s.id, f.rowid IS NULL FROM {table} s LEFT JOIN {table}_fts f "  # noqa: S608
            f"ON f.rowid = s.id WHERE f.body IS NOT ({body}) ORDER BY s.id LIMIT {limit}"
        ).all()
        stray = connection.exec_driver_sql(
            f"SELECT rowid FROM {table}_fts f WHERE NOT EXISTS "  # noqa: S608
            f"(SELECT 1 FROM {table} s WHERE s.id = f.rowid) ORDER BY rowid LIMIT {limit}"
        ).scalars()
        problems += problem_lines(table, [(i, bool(m)) for i, m in wrong], list(stray))
    return problems


_INSERT_BODY = re.compile(r"VALUES \(new\.id, (.*)\); END$", re.DOTALL)


@contextmanager
def indexed_afterwards(connection: Connection) -> Iterator[None]:
    """For a bulk insert of new records only (the demo data): drop the FTS triggers, then
    index the new rows with one INSERT ... SELECT per table and put the triggers back, all in
    the caller's transaction. Per-row triggers cost two thirds of generating 100,000 records.

    The indexed text is taken from the insert trigger the newest migration created, so this
    indexes exactly what the trigger would have."""
    if connection.dialect.name == "postgresql":
        from .fts_pg import indexed_afterwards as on_server

        with on_server(connection):
            yield
        return
    if connection.dialect.name != "sqlite":
        yield
        return
    triggers = _triggers(connection)
    bodies = _bodies(triggers)
    last_ids = {
        table: connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()
        for table in bodies
    }
    for name in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for table, body in bodies.items():
        connection.exec_driver_sql(
            f"INSERT INTO {table}_fts(rowid, body) SELECT s.id, {body} FROM {table} s "
            "WHERE s.id > ?",
            (last_ids[table],),
        )
    for sql in triggers.values():
        connection.exec_driver_sql(sql)
