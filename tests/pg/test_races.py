"""Races on a server (issue 14, item 2): two saves of one record that both passed the version
check before either wrote end in one save and one conflict (the conflict dialog), never in
SQLAlchemy's StaleDataError (the crash dialog)."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from desktop.services import open_services
from desktop.services.errors import ConflictError
from desktop.services.registry import Registry
from tests.conftest import add_region


def _waiting_on_a_lock(services) -> bool:
    with services.db.read() as session:
        return bool(
            session.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()"
                )
            ).scalar()
        )


def test_two_saves_racing_past_the_version_check_end_in_a_conflict(
    pg_server, services, db_target, monkeypatch
):
    record_id = add_region(services)
    other = open_services(db_target, user="other")
    first = services["regions"]
    checked, go_on = threading.Event(), threading.Event()
    write_update = Registry._write_update

    def held(self, session, record, values, now, checked_values):  # noqa: ANN001
        if self is first and not checked.is_set():
            checked.set()  # the first save has read version 1 and is about to write
            go_on.wait(10)
        return write_update(self, session, record, values, now, checked_values)

    monkeypatch.setattr(Registry, "_write_update", held)
    outcome: dict[str, str] = {}

    def save(registry: Registry, name: str) -> None:
        try:
            registry.update(record_id, 1, {"name_ru": name})
            outcome[name] = "saved"
        except ConflictError:
            outcome[name] = "conflict"
        except Exception as exc:  # noqa: BLE001 - told by the assertion
            outcome[name] = type(exc).__name__

    a = threading.Thread(target=save, args=(first, "первый"))
    a.start()
    assert checked.wait(10)
    b = threading.Thread(target=save, args=(other["regions"], "второй"))
    b.start()
    deadline = time.monotonic() + 5
    while b.is_alive() and not _waiting_on_a_lock(services) and time.monotonic() < deadline:
        time.sleep(0.05)
    go_on.set()
    a.join(20)
    b.join(20)
    other.close()
    assert outcome == {"первый": "saved", "второй": "conflict"}
    assert first.get(record_id)["name_ru"] == "первый"
    assert first.get(record_id)["version"] == 2
