"""Identity that travels: every record has a uid and the change number of its last write."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.services import open_services
from desktop.services.demo import fill_demo
from tests.conftest import add_region

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0005.sqlite"
RECORD_TABLES = ("foreign_region", "organisation", "person", "event", "agreement", "delegation")


def test_an_older_registry_gets_a_uid_for_every_record_and_a_site(tmp_path):
    path = tmp_path / "registry.sqlite"
    shutil.copy(FIXTURE, path)
    open_services(path).close()
    connection = sqlite3.connect(path)
    for table in RECORD_TABLES:
        count, uids, distinct = connection.execute(
            f"SELECT count(*), count(uid), count(DISTINCT uid) FROM {table}"
        ).fetchone()
        assert count and count == uids == distinct, table
        assert all(len(u) == 32 for (u,) in connection.execute(f"SELECT uid FROM {table}"))
    [(site, counter)] = connection.execute("SELECT site_id, counter FROM registry_site").fetchall()
    assert len(site) == 32 and counter >= 0
    connection.close()


def test_each_write_stamps_its_records_with_a_new_change_number(services, db_path):
    first = add_region(services)
    second = add_region(services, name="провинция Цзилинь")

    def stamps() -> dict[int, int]:
        with sqlite3.connect(db_path) as connection:
            return dict(connection.execute("SELECT id, change_seq FROM foreign_region"))

    before = stamps()
    assert 0 < before[first] < before[second]
    services["regions"].update(first, 1, {"notes": "правка"})
    after = stamps()
    assert after[first] > before[second] and after[second] == before[second]
    services["regions"].delete([second])
    assert stamps()[second] > after[first]  # a move to the trash is a change too


def test_bulk_writes_stamp_and_name_their_records_too(services, db_path):
    fill_demo(services.db, 5, seed=1)
    services["regions"].update(1, services["regions"].get(1)["version"], {"notes": "н"})
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT uid, change_seq FROM foreign_region").fetchall()
    assert all(uid for uid, _ in rows) and len({uid for uid, _ in rows}) == len(rows)
    assert max(seq for _, seq in rows) > min(seq for _, seq in rows)
