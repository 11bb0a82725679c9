"""History, trash, backups, a second window, a damaged file and unexpected errors, as the
user meets them in the window."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt

from desktop.db.lock import DatabaseLock
from desktop.services.backups import backup_now
from desktop.ui import app as app_module
from desktop.ui import crash, dialogs
from desktop.ui.backups_dialog import BackupsDialog
from tests.conftest import add_organisation, add_region
from tests.db.test_open_errors import _damage


def test_history_tab_shows_who_changed_what(qtbot, window, services):
    rid = add_region(services)
    services["regions"].update(rid, 1, {"name_ru": "провинция Цзилинь"})
    form = window.pages["regions"].open_record(rid)
    table = form.history
    assert table.rowCount() == 2
    newest = [table.cell(0, c) for c in range(5)]
    assert newest[1] == "tester" and newest[3] == "Name (Russian)"
    assert newest[4] == "провинция Хэйлунцзян → провинция Цзилинь"


def test_trash_delete_for_good_and_purge_old(qtbot, window, services, answers):
    rid = add_region(services)
    add_organisation(services)
    page = window.show_registry("regions")
    page.view.selectRow(0)
    window.delete_action.trigger()
    page.trash_toggle.setChecked(True)
    page.view.selectRow(0)
    assert window.purge_action.isEnabled()
    window.purge_action.trigger()
    assert "cannot be undone" in answers["asked"][-1]
    assert page.model.rowCount() == 0
    assert services["regions"].count(trash=True) == 0
    assert rid not in services["regions"].all_titles()
    window.purge_old_action.trigger()
    assert "more than 30 days" in answers["asked"][-1]


def test_backups_dialog(qtbot, qtmodeltester, services, answers):
    rid = add_region(services)
    dialog = BackupsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    dialog.back_up()
    assert dialog.model.rowCount() == 1
    assert dialog.model.cell(0, 3).startswith("1, 0")
    qtmodeltester.check(dialog.model)
    services["regions"].update(rid, 1, {"name_ru": "после копии"})
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_selected()
    assert "kept as a backup first" in answers["asked"][-1]
    assert services["regions"].get(rid)["name_ru"] == "провинция Хэйлунцзян"
    assert dialog.model.rowCount() == 2  # the replaced registry is kept too
    dialog.check()
    assert "in order" in dialog.status.text()


def test_environment_errors_get_a_sentence_and_bugs_a_crash_dialog(
    qtbot, monkeypatch, tmp_path, answers
):
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_crash", shown.append)
    log_file = crash.setup_logging(tmp_path / "logs")
    try:
        try:
            raise PermissionError(13, "Permission denied", "/tmp/x.xlsx")
        except PermissionError as exc:
            crash.handle_exception(type(exc), exc, exc.__traceback__)
        assert answers["asked"][-1]  # told plainly
        assert shown == []
        try:
            {}["missing"]  # noqa: B018 - a bug
        except KeyError as exc:
            crash.handle_exception(type(exc), exc, exc.__traceback__)
        assert len(shown) == 1 and "KeyError" in shown[0]
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        assert "KeyError" in text and "Permission denied" in text
        assert (log_file.stat().st_mode & 0o777) == 0o600
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "") == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_a_second_window_is_told_who_has_the_registry(
    qtbot, db_path, services, monkeypatch, answers
):
    held = DatabaseLock(db_path)
    assert held.acquire() is None
    answers["ask"] = False
    hook = sys.excepthook
    try:
        assert app_module.run_application(str(db_path), "ru") == 1
    finally:
        sys.excepthook = hook
        held.release()
        for handler in list(logging.getLogger().handlers):
            if hasattr(handler, "baseFilename"):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert "open in another window" in answers["asked"][-1]
    assert "@" in answers["asked"][-1]  # user@host


def test_a_damaged_registry_offers_the_newest_good_backup(qtbot, db_path, services, answers):
    for n in range(200):
        add_region(services, f"регион {n}", "CN", "x" * 200)
    backup_now(services)
    services.close()
    _damage(db_path)
    answers["ask"] = True
    reopened = app_module.open_registry(str(db_path), "ru")
    assert reopened is not None
    assert reopened["regions"].count() == 200
    assert "damaged" in answers["asked"][-1]
    assert db_path.with_name(db_path.name + ".damaged").exists()
    reopened.close()


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch):
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: False)
    return Qt
