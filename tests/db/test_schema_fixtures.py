"""Every released schema upgrades to the newest without losing a row or a value. Each
migration adds its fixture (python -m tests.fixtures.make_fixture REVISION)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.db import migrate
from desktop.db.database import open_database

pytestmark = pytest.mark.sqlite_only("the fixtures are SQLite files of every released schema")

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema_*.sqlite"))


def contents(path: Path) -> dict[str, dict[object, dict[str, object]]]:
    """table -> rowid -> column -> value, for every ordinary table."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_fts%' AND name != 'alembic_version'"
            )
        ]
        result = {}
        for table in tables:
            cursor = connection.execute(f"SELECT rowid, * FROM {table}")  # noqa: S608
            names = [d[0] for d in cursor.description][1:]
            result[table] = {row[0]: dict(zip(names, row[1:], strict=True)) for row in cursor}
        return result
    finally:
        connection.close()


def test_every_revision_has_a_fixture():
    revisions = {path.stem.removeprefix("schema_") for path in FIXTURES}
    assert revisions == migrate.known_revisions()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_upgrade_keeps_every_row_and_value(fixture, tmp_path):
    path = tmp_path / "registry.sqlite"
    shutil.copy(fixture, path)
    before = contents(path)
    assert all(rows for rows in before.values()), "a fixture must have data in every table"
    open_database(path).close()
    after = contents(path)
    for table, rows in before.items():
        assert set(after[table]) == set(rows), table
        for rowid, values in rows.items():
            kept = {name: after[table][rowid][name] for name in values}
            assert kept == values, (table, rowid)
    connection = sqlite3.connect(path)
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    assert version == migrate.head_revision()
    backups = list((tmp_path / "backups").glob("*before-upgrade.sqlite"))
    assert backups or fixture.stem.endswith(migrate.head_revision())
