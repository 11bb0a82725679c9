"""Identity that travels: every record has a uid and the change number of its last write."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services import Services, open_services
from desktop.services.demo import fill_demo
from tests.conftest import add_region

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0005.sqlite"
RECORD_TABLES = ("foreign_region", "organisation", "person", "event", "agreement", "delegation")
CHILD_TABLES = ("agreement_party", "agreement_status", "delegation_member")


@pytest.mark.sqlite_only("the schema fixtures are SQLite files")
def test_an_older_registry_gets_a_uid_for_every_record_and_a_site(tmp_path):
    path = tmp_path / "registry.sqlite"
    shutil.copy(FIXTURE, path)
    open_services(path).close()
    connection = sqlite3.connect(path)
    for table in RECORD_TABLES + CHILD_TABLES:
        count, uids, distinct = connection.execute(
            f"SELECT count(*), count(uid), count(DISTINCT uid) FROM {table}"
        ).fetchone()
        assert count and count == uids == distinct, table
        assert all(len(u) == 32 for (u,) in connection.execute(f"SELECT uid FROM {table}"))
    [(site, counter)] = connection.execute("SELECT site_id, counter FROM registry_site").fetchall()
    assert len(site) == 32 and counter >= 0
    connection.close()


def region_rows(services: Services, columns: str) -> list[tuple]:
    with services.db.read() as session:
        return [
            tuple(row) for row in session.execute(text(f"SELECT {columns} FROM foreign_region"))
        ]


def test_each_write_stamps_its_records_with_a_new_change_number(services):
    first = add_region(services)
    second = add_region(services, name="провинция Цзилинь")

    def stamps() -> dict[int, int]:
        return dict(region_rows(services, "id, change_seq"))

    before = stamps()
    assert 0 < before[first] < before[second]
    services["regions"].update(first, 1, {"notes": "правка"})
    after = stamps()
    assert after[first] > before[second] and after[second] == before[second]
    services["regions"].delete([second])
    assert stamps()[second] > after[first]  # a move to the trash is a change too


def test_bulk_writes_stamp_and_name_their_records_too(services):
    fill_demo(services.db, 5, seed=1)
    first = min(i for (i,) in region_rows(services, "id"))
    services["regions"].update(first, services["regions"].get(first)["version"], {"notes": "н"})
    rows = region_rows(services, "uid, change_seq")
    assert all(uid for uid, _ in rows) and len({uid for uid, _ in rows}) == len(rows)
    assert max(seq for _, seq in rows) > min(seq for _, seq in rows)


def party_uids(services: Services, agreement: int) -> list[tuple[str, str]]:
    """(signatory position, uid) of an agreement's parties, in their order."""
    with services.db.read() as session:
        rows = session.execute(
            text(
                "SELECT signatory_position, uid FROM agreement_party WHERE agreement_id = :a "
                "ORDER BY position"
            ),
            {"a": agreement},
        )
        return [(position, uid) for position, uid in rows]


def test_a_child_row_keeps_its_uid_while_its_list_is_rewritten(services):
    from tests.conftest import add_organisation

    org = add_organisation(services)
    party = {"side": "foreign", "organisation_id": org}
    registry = services["agreements"]
    agreement = registry.create(
        {
            "title": "Соглашение о сотрудничестве",
            "country_code": "CN",
            "history": [{"status": "draft", "on_date": date(2024, 1, 10)}],
            "parties": [
                {**party, "signatory_position": "Губернатор"},
                {**party, "signatory_position": "Министр"},
            ],
        }
    ).ids[0]
    (_, governor), (_, minister) = party_uids(services, agreement)
    assert len({governor, minister}) == 2 and all(len(u) == 32 for u in (governor, minister))

    def save(**values) -> None:
        registry.update(agreement, registry.get(agreement)["version"], values)

    save(title="Соглашение о торговле")  # the lists are written again, unchanged
    assert party_uids(services, agreement) == [("Губернатор", governor), ("Министр", minister)]
    parties = registry.get(agreement)["parties"]
    save(parties=[{**parties[0]}, {**parties[1], "signatory_position": "Заместитель министра"}])
    assert party_uids(services, agreement) == [
        ("Губернатор", governor),
        ("Заместитель министра", minister),  # edited in its place: the same row
    ]
    parties = registry.get(agreement)["parties"]
    save(parties=[{**party, "signatory_position": "Мэр"}, *parties])  # one added in front
    [(_, added), *kept] = party_uids(services, agreement)
    assert kept == [("Губернатор", governor), ("Заместитель министра", minister)]
    assert added not in (governor, minister)
    save(
        parties=[p for p in registry.get(agreement)["parties"] if p["signatory_position"] != "Мэр"]
    )
    assert party_uids(services, agreement) == kept
