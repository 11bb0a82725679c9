"""Live updates on a server (issue 14, item 6): another officer's save reaches this process's
change channel within a second or two (LISTEN/NOTIFY), the pages showing the record refresh,
and an open form of it takes their version or, with unsaved changes, says so first."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings

from desktop.services import Action, Changes, open_services
from desktop.services.live import decode, encode
from tests.conftest import add_region

pytestmark = pytest.mark.usefixtures("pg_server")


def heard_by(services) -> list[Changes]:
    heard: list[Changes] = []
    services.subscribe(heard.append)
    assert services.live is not None
    services.live.start()
    assert services.live.listening.wait(10)
    return heard


def wait_for(condition, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "not heard in time"
        time.sleep(0.05)


def test_another_clients_write_reaches_the_change_channel_and_ones_own_does_not_come_back(
    services, db_target
):
    other = open_services(db_target, user="petrova")
    try:
        heard = heard_by(services)
        mine = heard_by(other)
        region = add_region(other)
        wait_for(lambda: any(c.elsewhere for c in heard))
        assert Changes("regions", Action.CREATE, (region,), elsewhere=True) in heard
        add_region(services, name="провинция Цзилинь")
        wait_for(lambda: any(c.elsewhere for c in mine))
        time.sleep(0.5)  # time enough for an echo of one's own notice to arrive
        assert [c for c in heard if c.elsewhere] == [
            Changes("regions", Action.CREATE, (region,), elsewhere=True)
        ]
    finally:
        other.close()


def test_too_many_ids_for_one_notice_become_records_came_or_went():
    origin, changes = decode(encode("me", Changes("agreements", Action.UPDATE, tuple(range(5000)))))
    assert origin == "me"
    assert changes == Changes("agreements", Action.IMPORT, (), elsewhere=True)
    assert changes.adds_or_removes  # the pages search again
    assert decode("not ours") is None


def test_the_window_shows_another_officers_save_and_an_open_form_says_so(
    qtbot, services, db_target, tmp_path
):
    from desktop.ui.main_window import MainWindow

    other = open_services(db_target, user="petrova")
    region = add_region(services, name="провинция Хэйлунцзян")
    window = MainWindow(services, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        window.show()
        assert services.live is not None and services.live.listening.wait(10)
        page = window.show_registry("regions")
        page.open_record(region)
        [form] = page.forms
        assert form.edit.value("name_ru") == "провинция Хэйлунцзян"

        current = other["regions"].get(region)
        other["regions"].update(region, current["version"], {"name_ru": "Хэйлунцзян"})
        # nothing typed in the form: it shows their version, and so does the table
        qtbot.waitUntil(lambda: form.edit.value("name_ru") == "Хэйлунцзян", timeout=10000)
        assert not form.changed_notice.isVisible()
        qtbot.waitUntil(lambda: "Хэйлунцзян" in page_texts(page), timeout=10000)
        assert "Changed by another user" in window.statusBar().currentMessage()

        form.edit.set("notes", "моя заметка")  # unsaved changes: told before the save
        current = other["regions"].get(region)
        other["regions"].update(region, current["version"], {"name_ru": "Хэйлунцзян (пров.)"})
        qtbot.waitUntil(form.changed_notice.isVisible, timeout=10000)
        assert "changed this record" in form.changed_notice.text()
        assert form.edit.value("notes") == "моя заметка"
        form.edit.load()  # as «theirs» would, so that the form closes without a question
        form.close()
    finally:
        window.home.background.wait()
        window.close()
        other.close()


def page_texts(page) -> set[str]:
    model = page.view.model()
    return {
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }
