"""Ids on a server (issue 14, item 2): records written in bulk take their ids from the
sequences, so the next create works and two imports at once do not collide. (The first two
run on SQLite as well.)"""

from __future__ import annotations

import threading

import pytest

from desktop.services import Query, open_services
from desktop.services.demo import fill_demo
from tests.conftest import add_region

REGION = {"country_code": "CN", "kind": "city", "name_ru": "Харбин"}


@pytest.fixture
def on_server(pg_server, services):
    return services


def test_after_a_demo_the_next_create_works(services):
    fill_demo(services.db, 5)
    before = services["regions"].count()
    add_region(services, "после демо")
    assert services["regions"].count() == before + 1


def test_after_an_import_the_next_create_works(services):
    regions = services["regions"]
    regions.import_records([(None, dict(REGION, name_ru=f"город {n}")) for n in range(3)], [])
    regions.import_records([(500, dict(REGION, name_ru="с номером из файла"))], [])
    created = add_region(services, "после импорта")
    assert created > 500
    assert regions.count() == 5


def test_two_imports_at_once_both_succeed(on_server, db_target, monkeypatch):
    """The first import holds its transaction open after inserting; the second one runs
    meanwhile. With ids taken as max+1 both chose the same ids (UniqueViolation)."""
    other = open_services(db_target, user="other")
    inserted, go_on = threading.Event(), threading.Event()
    first = on_server["regions"]
    log_created = type(first)._log_created

    def held(self, connection, ids, now):  # noqa: ANN001
        log_created(self, connection, ids, now)
        if self is first:
            inserted.set()
            go_on.wait(10)

    monkeypatch.setattr(type(first), "_log_created", held)
    failures: list[BaseException] = []

    def run(registry, name: str) -> None:
        try:
            registry.import_records(
                [(None, dict(REGION, name_ru=f"{name} {n}")) for n in range(20)], []
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            failures.append(exc)

    a = threading.Thread(target=run, args=(first, "первый"))
    a.start()
    assert inserted.wait(10)
    b = threading.Thread(target=run, args=(other["regions"], "второй"))
    b.start()
    b.join(5)  # with ids of its own it does not wait for the first
    go_on.set()
    a.join(20)
    b.join(20)
    other.close()
    assert failures == []
    assert first.count() == 40
    assert len(first.search(Query(text="второй"))) == 20
