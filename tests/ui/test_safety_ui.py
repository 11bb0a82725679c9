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
    assert dialog.model.cell(0, 3) == "1"  # the total; each registry's count in its tooltip
    tip = dialog.model.data(dialog.model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[:2] == ["Foreign regions: 1", "Organisations: 0"]
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
        assert app_module.run_application(str(db_path), "en") == 1
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


def test_attachments_tab_drop_and_missing_file(qtbot, window, services, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    rid = add_region(services)
    form = window.pages["regions"].open_record(rid)
    letter = tmp_path / "письмо.docx"
    letter.write_bytes(b"letter")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(letter))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    form.dropEvent(event)
    tab = form.attachments
    assert tab.model.rowCount() == 1 and tab.model.cell(0, 0) == "письмо.docx"
    assert form.tabs.currentWidget() is tab
    tab.items[0].path.unlink()
    tab.refresh()
    assert "missing" in tab.model.cell(0, 3)
    assert tab.open_file(0) is False  # never crashes on a missing file
    tab.view.selectRow(0)
    tab.remove(0)
    assert tab.model.rowCount() == 0


def test_record_card_pdf_has_the_title(qtbot, services, tmp_path):
    from pypdf import PdfReader

    from desktop.domain.entities import AGREEMENTS
    from desktop.ui.printing import record_card_html, save_pdf

    aid = (
        services["agreements"]
        .create({"title": "Соглашение с провинцией Хэйлунцзян", "country_code": "CN"})
        .ids[0]
    )
    out = save_pdf(
        record_card_html(services, AGREEMENTS, aid, ["скан подлинника.pdf"]), tmp_path / "card.pdf"
    )
    assert out.stat().st_size > 1000
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Соглашение с провинцией Хэйлунцзян" in text and "скан подлинника." in text


def test_settings_are_kept(qtbot, services, settings, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.services.settings import registry_settings
    from desktop.ui.app_settings import AppSettings
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services, AppSettings(settings))
    qtbot.addWidget(dialog)
    dialog.region.setText("Правительство Энской области")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.expiring.setValue(9)
    dialog.accept()
    again = AppSettings(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again.language == "ru" and again.rules.expiring_months == 9
    assert registry_settings(services).region == "Правительство Энской области"


def test_dashboard_page_opens_what_needs_attention(qtbot, window, services):
    from datetime import date, timedelta

    did = (
        services["delegations"]
        .create(
            {
                "purpose": "Визит скоро",
                "direction": "incoming",
                "country_code": "CN",
                "date_from": date.today() + timedelta(days=3),
                "status": "planned",
            }
        )
        .ids[0]
    )
    window.home.background.wait()
    with qtbot.waitSignal(window.home.refreshed, timeout=10_000):
        window.nav.setCurrentRow(0)
        window.home.refresh()
    upcoming = window.home.lists["upcoming"]
    assert upcoming.count() == 1 and "Визит скоро" in upcoming.item(0).text()
    window.home._open(upcoming.item(0))
    assert window.page() is window.pages["delegations"]
    assert any(f.record_id == did for f in window.pages["delegations"].forms)
    assert "day" in window.home.report_label.text()
