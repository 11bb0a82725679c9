"""The schema a registry file must have: what the migrations build for its revision, object by
object (tables, indexes, triggers, views), compared before the file is used.

SQLite runs the triggers and views stored in the file it opens, so a registry file from
elsewhere can carry code of its own (a trigger that rewrites imported records, a view in place
of a table). Anything in ``sqlite_master`` the migrations did not make, or made differently, is
named and the file refused before any statement of ours runs on it.

The file is read here with a plain connection that has none of our SQL functions and
``trusted_schema=OFF``: no stored SQL can call anything while the schema is read. (The engine's
own connections cannot set it: our sort indexes call ``casefold()``, and Python 3.11 cannot mark
a function innocuous, nor set SQLITE_DBCONFIG_DEFENSIVE, which ``Connection.setconfig`` gives
only from 3.12 on; ``harden`` sets it where it exists.)

The head revision's schema is kept in ``schema_head.json`` (``python -m desktop.db.schema``
writes it; tests/db/test_hostile.py checks it against a fresh build), so that opening an up-to-
date registry needs no migration run; an older revision's schema is built when it is needed,
which is when the file is about to be migrated anyway.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from functools import cache
from pathlib import Path

from . import errors, migrate

SNAPSHOT = Path(__file__).with_name("schema_head.json")
# Objects SQLite makes itself: AUTOINCREMENT's counters, ANALYZE's statistics.
INTERNAL_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}

SchemaObject = tuple[str, str, str, str]  # type, name, table, normalised SQL


def harden(connection: sqlite3.Connection) -> None:
    """SQLite's defensive mode where Python exposes it (3.12+): no writable_schema tricks."""
    setconfig = getattr(connection, "setconfig", None)
    flag = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and flag is not None:
        setconfig(flag, True)


def open_untrusted(path: Path) -> sqlite3.Connection:
    """A read-only connection that runs nothing stored in the file; text comes as bytes, so a
    damaged schema is told apart from a bug (UnicodeDecodeError) by ``read_objects``."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    harden(connection)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA query_only = ON")
    connection.text_factory = bytes
    return connection


def _normalise(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def read_objects(connection: sqlite3.Connection) -> set[SchemaObject]:
    """Every object of ``sqlite_master`` but SQLite's own; UnicodeDecodeError when the text
    stored there is not UTF-8 (a damaged file)."""
    found = set()
    for kind, name, table, sql in connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ):
        kind, name, table = (_text(value) for value in (kind, name, table))
        if kind == "table" and name in INTERNAL_TABLES:
            continue
        if kind == "index" and sql is None and name.startswith("sqlite_autoindex_"):
            continue  # a UNIQUE or PRIMARY KEY constraint's index, part of its table's SQL
        found.add((kind, name, table, _normalise(_text(sql or b""))))
    return found


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def expected_objects(revision: str) -> set[SchemaObject]:
    if revision == migrate.head_revision():
        stored = _snapshot()
        if stored is not None:
            return stored
    return _built(revision)


@cache
def _snapshot() -> set[SchemaObject] | None:
    try:
        data = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("revision") != migrate.head_revision():
        return None  # a migration was added since: build it (and the test says: rewrite)
    return {tuple(item) for item in data["objects"]}


@cache
def _built(revision: str) -> set[SchemaObject]:
    """The schema the migrations build for a revision, in a scratch file."""
    from .engine import make_engine

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "expected.sqlite"
        engine = make_engine(f"sqlite:///{path}", foreign_keys=False)
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection, revision)
        finally:
            engine.dispose()
        built = sqlite3.connect(path)
        try:
            return read_objects(built)
        finally:
            built.close()


def differences(found: set[SchemaObject], revision: str) -> list[str]:
    """What is foreign, changed or missing, one phrase per object (empty: as built)."""
    wanted = expected_objects(revision)
    wanted_names = {(kind, name) for kind, name, _, _ in wanted}
    found_names = {(kind, name) for kind, name, _, _ in found}
    problems = [
        f"{'changed' if (kind, name) in wanted_names else 'foreign'} {kind} {name}"
        for kind, name, _, _ in sorted(found - wanted)
    ]
    problems += [f"missing {kind} {name}" for kind, name in sorted(wanted_names - found_names)]
    return problems


def inspect(path: Path) -> str | None:
    """The revision of a registry file whose schema is what its migrations built (None: an
    empty SQLite file, a registry yet to be created); refuses what is not ours or not as built,
    naming what differs."""
    try:
        connection = open_untrusted(path)
        try:
            found = read_objects(connection)
            if ("table", "alembic_version") not in {(kind, name) for kind, name, _, _ in found}:
                if found:
                    raise errors.ForeignDatabaseError(str(path))
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        # busy, unreadable: said so (a busy file is not damaged, and is not offered a backup);
        # a malformed schema, a page that is not one, anything else: damaged
        told = errors.classify(exc, str(path))
        if told is not None and not isinstance(told, errors.CorruptDatabaseError):
            raise told from exc
        raise errors.CorruptDatabaseError(str(path), str(exc)[:200]) from exc
    except UnicodeDecodeError as exc:
        raise errors.CorruptDatabaseError(str(path), "its schema is not UTF-8 text") from exc
    revision = _text(row[0]) if row else None
    if revision is None:
        raise errors.CorruptDatabaseError(str(path), "no schema revision")
    if revision not in migrate.known_revisions():
        raise errors.SchemaTooNewError(str(path), f"schema {revision}")
    problems = differences(found, revision)
    if problems:
        shown = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
        raise errors.ForeignSchemaError(str(path), shown)
    return revision


def write_snapshot() -> Path:
    revision = migrate.head_revision()
    lines = ",\n".join(json.dumps(item, ensure_ascii=False) for item in sorted(_built(revision)))
    SNAPSHOT.write_text(
        f'{{"revision": "{revision}", "objects": [\n{lines}\n]}}\n', encoding="utf-8"
    )
    return SNAPSHOT


if __name__ == "__main__":
    print(f"wrote {write_snapshot()}")
