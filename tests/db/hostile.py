"""Hostile and damaged registry files, built by test code from a real registry (issue 13)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.db.sort_index import connect


def raw(path: Path) -> sqlite3.Connection:
    """A plain connection that writes what it is told (our casefold() registered, so that our
    own indexes can be written)."""
    connection = connect(path)
    connection.isolation_level = None
    return connection


def add_trigger(path: Path) -> None:
    """The attack of issue 13, item 3: retitle imported records, copy personal data away."""
    with raw(path) as connection:
        connection.execute("CREATE TABLE stolen (name TEXT, email TEXT)")
        connection.execute(
            "CREATE TRIGGER person_copy AFTER INSERT ON person BEGIN "
            "INSERT INTO stolen VALUES (new.name_ru, new.email); END"
        )
    connection.close()


def setting_as_view(path: Path) -> None:
    """A ``setting`` table replaced by a view that points the backups elsewhere."""
    with raw(path) as connection:
        connection.execute("DROP TABLE setting")
        connection.execute(
            "CREATE VIEW setting AS SELECT 'backup_folder' AS key, '/tmp/elsewhere' AS value"
        )
    connection.close()


def set_revision(path: Path, revision: str) -> None:
    with raw(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def patch_schema_text(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes of the SQL text stored in ``sqlite_master`` in place, the way one
    flipped byte on disk would (the same length, so the page stays well-formed)."""
    assert len(old) == len(new)
    data = path.read_bytes()
    assert data.count(old) >= 1, old
    path.write_bytes(data.replace(old, new, 1))


def _stored_sql(path: Path, name: str) -> bytes:
    connection = sqlite3.connect(path)
    (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,))
    connection.close()
    return str(sql[0]).encode()


def break_a_trigger(path: Path) -> None:
    """One changed byte in a trigger's SQL: the schema no longer parses."""
    sql = _stored_sql(path, "foreign_region_fts_insert")
    patch_schema_text(path, sql, sql.replace(b"BEGIN", b"BEGIM", 1))


def retitle_a_trigger(path: Path) -> None:
    """Changed bytes that still parse: the trigger now indexes another column."""
    sql = _stored_sql(path, "foreign_region_fts_insert")
    patch_schema_text(
        path, sql, sql.replace(b"coalesce(new.name_ru, '')", b"coalesce(new.notes, '!!')", 1)
    )


def non_utf8_schema(path: Path) -> None:
    """Bytes that are not UTF-8 in the schema's names (a copy damaged another way: it opens,
    and reading its schema raises UnicodeDecodeError)."""
    name = b"foreign_region_fts_insert"
    patch_schema_text(path, name, name[:-3] + b"\xff\xfe\xfd")


def damage_an_index(path: Path, index: str, old: bytes, new: bytes) -> None:
    """Change one key inside an index's root page (its table keeps the old value, and the
    order stays right): quick_check passes, integrity_check does not."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,))
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * page_size
    at = data.find(old, start, start + page_size)
    assert at >= 0, (index, old)
    data[at : at + len(old)] = new
    path.write_bytes(bytes(data))
