"""Revision 0006 on a registry of revision 0005: dates stay the same text and read as days,
every twin pair gets the status history its status implies, and the way back restores the
DATE columns (a year or month becomes its first day)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from desktop.db import migrate, schema
from desktop.db.database import open_database
from desktop.db.engine import make_engine
from desktop.domain.partial_dates import PartialDate
from desktop.services import Query, Services

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0005.sqlite"


def test_pairs_get_the_history_their_status_implies_and_dates_read_as_days(tmp_path):
    path = tmp_path / "registry.sqlite"
    shutil.copy(FIXTURE, path)
    raw = sqlite3.connect(path)
    pairs = dict(raw.execute("SELECT id, status FROM twin_relation").fetchall())
    established = dict(raw.execute("SELECT id, established_on FROM twin_relation").fetchall())
    signed = dict(raw.execute("SELECT id, signed_on FROM agreement").fetchall())
    raw.close()
    services = Services(open_database(path))
    try:
        twins = services["twins"]
        for twin_id, status in pairs.items():
            history = twins.get(twin_id)["history"]
            steps = [row["status"] for row in history]
            expected = {"active": [], "dormant": ["suspended"], "terminated": ["ended"]}[status]
            assert steps == ["established", *expected], (twin_id, status)
            assert history[0]["on_date"] == date.fromisoformat(established[twin_id])
        agreements = services["agreements"]
        for agreement_id, text in signed.items():
            value = agreements.get(agreement_id)["signed_on"]
            assert value == (date.fromisoformat(text) if text else None)
            assert value is None or isinstance(value, PartialDate)
        # a pair saved again takes the status its history says
        dormant = next(i for i, s in pairs.items() if s == "dormant")
        record = twins.get(dormant)
        twins.update(dormant, record["version"], {"notes": "проверено"})
        assert twins.get(dormant)["status"] == "suspended"
        assert twins.search(Query(status="suspended")) == [dormant]
    finally:
        services.close()


def test_downgrade_turns_years_and_months_into_their_first_day(tmp_path):
    path = tmp_path / "registry.sqlite"
    shutil.copy(FIXTURE, path)
    open_database(path).close()  # upgraded to the head
    raw = sqlite3.connect(path)
    raw.execute("UPDATE agreement SET signed_on = '2012' WHERE id = 1")
    raw.execute("UPDATE agreement SET valid_to = '2016-07' WHERE id = 2")
    raw.commit()
    raw.close()
    engine = make_engine(f"sqlite:///{path}", foreign_keys=False)
    with engine.begin() as connection:
        migrate.downgrade(connection, "0005")
    engine.dispose()
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT signed_on FROM agreement WHERE id = 1").fetchone() == (
            "2012-01-01",
        )
        assert raw.execute("SELECT valid_to FROM agreement WHERE id = 2").fetchone() == (
            "2016-07-01",
        )
        columns = {row[1]: row[2] for row in raw.execute("PRAGMA table_info(agreement)")}
        assert columns["signed_on"] == "DATE" and "term" not in columns
        assert raw.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'twin_status'"
        ).fetchone() == (0,)
    finally:
        raw.close()
    # and the schema is what revision 0005 built: table SQL, indexes and triggers alike
    untrusted = schema.open_untrusted(path)
    try:
        assert schema.differences(schema.read_objects(untrusted), "0005") == []
    finally:
        untrusted.close()
