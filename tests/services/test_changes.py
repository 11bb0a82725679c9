"""The one change channel: every write through the services is announced once, after its
transaction committed, with a typed action; the change log stores the same vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.models import ChangeLog
from desktop.excel.importer import read_import
from desktop.services import Action, Changes, Services, open_services
from desktop.services.changes import SETTINGS, ChangeChannel
from desktop.services.errors import ValidationFailed
from desktop.services.importing import apply_import
from desktop.services.settings import RegistrySettings
from tests.conftest import add_region
from tests.excel.test_import_export import sheet


@pytest.fixture
def heard(services: Services) -> list[Changes]:
    told: list[Changes] = []
    services.subscribe(told.append)
    return told


def committed_name(db_target: str | Path, record_id: int) -> str:
    """What another connection reads: only a committed write is seen there."""
    with open_services(db_target, user="reader") as other:
        return other["regions"].get(record_id)["name_ru"]


def test_a_form_save_is_announced_once_after_it_committed(services, db_target):
    seen: list[tuple[Changes, str]] = []
    services.subscribe(lambda c: seen.append((c, committed_name(db_target, c.ids[0]))))
    rid = add_region(services, "провинция Цзилинь")
    services["regions"].update(rid, 1, {"name_ru": "провинция Ляонин"})
    assert seen == [
        (Changes("regions", Action.CREATE, (rid,)), "провинция Цзилинь"),
        (Changes("regions", Action.UPDATE, (rid,)), "провинция Ляонин"),
    ]


def test_a_refused_write_announces_nothing(services, heard):
    with pytest.raises(ValidationFailed):
        services["regions"].create({"name_ru": ""})
    assert heard == []


def test_the_trash_is_announced(services, heard):
    rid = add_region(services)
    heard.clear()
    services["regions"].delete([rid])
    services["regions"].restore([rid])
    services["regions"].delete([rid])
    services["regions"].purge([rid])
    assert [(c.entity, c.action, c.ids) for c in heard] == [
        ("regions", Action.DELETE, (rid,)),
        ("regions", Action.RESTORE, (rid,)),
        ("regions", Action.DELETE, (rid,)),
        ("regions", Action.PURGE, (rid,)),
    ]
    # the change log holds the same words, as the strings stored before the enum
    with services.db.read() as session:
        statement = select(ChangeLog.action).where(ChangeLog.record_id == rid)
        logged = list(session.scalars(statement.order_by(ChangeLog.id)))
    assert logged == ["create", "delete", "restore", "delete", "purge"]
    assert [Action(a) for a in logged][-1] is Action.PURGE


def test_an_import_is_announced_once_with_every_record_it_wrote(services, heard, tmp_path):
    rid = add_region(services, "провинция Цзилинь")
    heard.clear()
    path = sheet(
        tmp_path / "r.xlsx",
        [
            ["ID", "Name (Russian)", "Country", "Kind"],
            [rid, "провинция Цзилинь (правка)", "CN", "province"],
            [None, "ил Измир", "TR", "province"],
            [None, "ил Бурса", "TR", "province"],
        ],
    )
    plan = read_import(services, "regions", path)
    assert plan.ok, [p.text() for p in plan.problems]
    changes = apply_import(services, plan)
    assert heard == [changes]
    assert changes.entity == "regions" and changes.action is Action.IMPORT
    assert set(changes.ids) == set(services["regions"].search()) and rid in changes.ids
    assert changes.adds_or_removes  # the lists search again


@pytest.mark.sqlite_only("attachments are files beside an SQLite registry (issue 14 item 5)")
def test_attachments_are_announced_as_an_update_of_their_record(services, heard, tmp_path):
    rid = add_region(services)
    heard.clear()
    scan = tmp_path / "скан.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    added = services.attachments.add("regions", rid, scan)
    services.attachments.remove("regions", rid, added.id)
    services.attachments.restore("regions", rid, added.id)
    assert heard == [Changes("regions", Action.UPDATE, (rid,))] * 3
    assert [a.name for a in services.attachments.listing("regions", rid)] == ["скан.pdf"]


def test_settings_are_announced(services, heard):
    services.settings.save(RegistrySettings(region="Энская область"))
    assert heard == [Changes(SETTINGS, Action.UPDATE)]
    assert services.settings.read().region == "Энская область"
    assert not heard[0].concerns("regions")


@pytest.mark.sqlite_only("backups are copies of the SQLite file (issue 14 item 5)")
def test_a_restored_backup_is_announced_as_everything_replaced(services, heard):
    rid = add_region(services)
    made = services.backups.backup_now()
    services["regions"].update(rid, 1, {"name_ru": "после копии"})
    heard.clear()
    services.backups.restore(made)
    assert heard == [Changes(None, Action.REPLACE)]
    assert all(heard[0].concerns(name) for name in services.registries)
    assert services["regions"].get(rid)["name_ru"] == "провинция Хэйлунцзян"


def test_a_listener_that_fails_keeps_neither_the_write_nor_the_others_from_happening(
    services, caplog
):
    told: list[Changes] = []

    def broken(_changes: Changes) -> None:
        raise RuntimeError("a bug in a view")

    services.subscribe(broken)
    services.subscribe(told.append)
    rid = add_region(services)
    assert told == [Changes("regions", Action.CREATE, (rid,))]
    assert "a bug in a view" in caplog.text


def test_unsubscribed_listeners_hear_nothing_more():
    channel = ChangeChannel()
    told: list[Changes] = []
    unsubscribe = channel.subscribe(told.append)
    channel.notify(Changes("regions", Action.DELETE, (1,)))
    unsubscribe()
    channel.notify(Changes("regions", Action.RESTORE, (1,)))
    assert told == [Changes("regions", Action.DELETE, (1,))]
