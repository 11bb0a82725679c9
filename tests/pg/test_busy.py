"""A writer on a server waits a bounded time (issue 14, item 2): blocked by another's open
transaction it gives up after ``lock_timeout`` with SQLite's "busy — held by …" sentence,
naming the holder from pg_stat_activity; a write lost to a serialization failure or a
deadlock is run again a bounded number of times. Errors are told by SQLSTATE."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, text

from desktop.db import engine as db_engine
from desktop.db import server
from desktop.db.errors import DatabaseBusyError
from desktop.services import open_services
from desktop.services.errors import NotFound
from desktop.services.registry import Registry
from tests.conftest import add_region

pytestmark = pytest.mark.usefixtures("pg_server")


def test_each_connection_says_who_it_is_and_waits_a_bounded_time(services):
    with services.db.read() as session:
        assert session.execute(text("SHOW application_name")).scalar() == server.who_am_i()
        assert session.execute(text("SHOW lock_timeout")).scalar() == "10s"
    assert "@" in server.who_am_i()


def test_a_writer_blocked_by_an_open_transaction_gives_up_naming_the_holder(
    services, db_target, monkeypatch
):
    record_id = add_region(services)
    colleague = create_engine(db_target, connect_args={"application_name": "petrova@office-7"})
    holding = colleague.connect()
    transaction = holding.begin()
    holding.execute(
        text("UPDATE foreign_region SET notes = 'занято' WHERE id = :id"), {"id": record_id}
    )
    # without a lock timeout the save below would wait for ever: end the holder after a while
    released = threading.Timer(8, transaction.rollback)
    released.start()
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 500)
    waiting = open_services(db_target, user="ivanov")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as caught:
            waiting["regions"].update(record_id, 1, {"name_ru": "провинция Гирин"})
        assert time.monotonic() - started < 3
        told = caught.value.text()
        assert "petrova@office-7, server process" in told and "busy" in told
        assert "postgresql" in told and "Traceback" not in told
    finally:
        released.cancel()
        if transaction.is_active:
            transaction.rollback()
        holding.close()
        colleague.dispose()
    waiting["regions"].update(record_id, 1, {"name_ru": "провинция Гирин"})  # free: it goes through
    assert services["regions"].get(record_id)["version"] == 2
    waiting.close()


def _losing(monkeypatch, state: str, times: int) -> list[int]:
    """The next ``times`` saves fail on the server with SQLSTATE ``state``; counts attempts."""
    attempts: list[int] = []
    write_update = Registry._write_update

    def lose(self, session, *args):  # noqa: ANN001
        attempts.append(1)
        if len(attempts) <= times:
            session.execute(
                text(f"DO $$ BEGIN RAISE EXCEPTION 'lost' USING ERRCODE = '{state}'; END $$")
            )
        return write_update(self, session, *args)

    monkeypatch.setattr(Registry, "_write_update", lose)
    return attempts


@pytest.mark.parametrize("state", ["40001", "40P01"])  # serialization failure, deadlock
def test_a_write_lost_to_another_transaction_is_run_again(services, monkeypatch, state):
    record_id = add_region(services)
    attempts = _losing(monkeypatch, state, times=2)
    services["regions"].update(record_id, 1, {"name_ru": "провинция Гирин"})
    assert len(attempts) == 3
    assert services["regions"].get(record_id)["name_ru"] == "провинция Гирин"


def test_a_write_that_keeps_losing_is_told_busy_after_three_attempts(services, monkeypatch):
    record_id = add_region(services)
    attempts = _losing(monkeypatch, "40001", times=10)
    with pytest.raises(DatabaseBusyError):
        services["regions"].update(record_id, 1, {"name_ru": "провинция Гирин"})
    assert len(attempts) == server.WRITE_ATTEMPTS == 3
    assert services["regions"].get(record_id)["version"] == 1


@pytest.mark.parametrize("action", ["delete", "restore", "purge"])
def test_moving_to_and_out_of_the_trash_lost_to_another_transaction_is_run_again(
    services, monkeypatch, action
):
    record_id = add_region(services)
    regions = services["regions"]
    if action != "delete":
        regions.delete([record_id])
    attempts: list[int] = []
    load = Registry._load

    def lose(self, session, *args, **kwargs):  # noqa: ANN001
        attempts.append(1)
        if len(attempts) <= 2:
            session.execute(
                text("DO $$ BEGIN RAISE EXCEPTION 'lost' USING ERRCODE = '40P01'; END $$")
            )
        return load(self, session, *args, **kwargs)

    monkeypatch.setattr(Registry, "_load", lose)
    getattr(regions, action)([record_id])
    assert len(attempts) == 3
    monkeypatch.undo()
    if action == "purge":
        assert regions.lookup("провинция Хэйлунцзян") == []
        with pytest.raises(NotFound):
            regions.get(record_id)
    else:
        assert (regions.get(record_id)["deleted_at"] is None) == (action == "restore")


def test_an_import_lost_to_another_transaction_is_run_again_whole(services, monkeypatch, tmp_path):
    """A deadlock refuses the import's transaction; run again, the rows and the region the
    import creates for them are there once."""
    from openpyxl import Workbook

    from desktop.excel.importer import read_import
    from desktop.services.importing import import_plan

    path = tmp_path / "org.xlsx"
    book = Workbook()
    book.active.append(["Название", "Страна", "Вид", "Регион"])
    book.active.append(["Университет Цзилинь", "CN", "university", "провинция Цзилинь"])
    book.save(path)
    plan = read_import(services, "organisations", path, create_missing=True)
    assert plan.ok and plan.missing, [p.text() for p in plan.problems]
    attempts: list[int] = []
    write_import = Registry.write_import

    def lose(self, session, *args, **kwargs):  # noqa: ANN001
        if self.entity.name == "organisations":  # after the region it creates, each time
            attempts.append(1)
        if self.entity.name == "organisations" and len(attempts) <= 2:
            session.execute(
                text("DO $$ BEGIN RAISE EXCEPTION 'lost' USING ERRCODE = '40P01'; END $$")
            )
        return write_import(self, session, *args, **kwargs)

    monkeypatch.setattr(Registry, "write_import", lose)
    result = import_plan(services, plan)
    assert len(attempts) == 3
    assert [name for _, _, name in result.created] == ["провинция Цзилинь"]
    monkeypatch.undo()
    assert [t for _, t in services["organisations"].lookup("Университет")] == [
        "Университет Цзилинь"
    ]
    assert len(services["regions"].lookup("Цзилинь")) == 1
