"""File → Settings…: the backup folder is this computer's choice for the open registry
(issue 13, item 3), the attachment size that asks first is a field (item 10), and the
language shown is the one the window speaks (issue 11, item 10)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from desktop.ui import app as app_module
from desktop.ui import dialogs
from desktop.ui.app_settings import AppSettings
from desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, services, settings):
    shown = SettingsDialog(services, AppSettings(settings))
    qtbot.addWidget(shown)
    return shown


def _reread(settings: QSettings) -> AppSettings:
    return AppSettings(QSettings(settings.fileName(), QSettings.Format.IniFormat))


def test_the_backup_folder_is_chosen_for_this_computer(
    dialog, services, settings, db_path, tmp_path, monkeypatch, answers
):
    chosen = tmp_path / "usb" / "backups"
    chosen.mkdir(parents=True)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "choose_folder", lambda _p, title, _d="": asked.append(title) or str(chosen)
    )
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("this computer" in text for text in notes)
    dialog._choose_folder()
    assert asked and dialog.backup_folder.text() == str(chosen)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.backups.folder() == chosen
    assert _reread(settings).backup_folder(db_path) == str(chosen)
    assert _reread(settings).backup_folder(tmp_path / "other.sqlite") == ""  # per registry
    stored = sqlite3.connect(db_path).execute("SELECT key FROM setting").fetchall()
    assert ("backup_folder",) not in stored  # not in the registry file
    # the next start passes it down: the backups of that session go there
    services.close()
    reopened = app_module.open_registry(str(db_path), "en", backup_folder=chosen)
    assert reopened is not None
    try:
        assert reopened.backups.backup_now().parent == chosen
    finally:
        reopened.close()


def test_a_relative_backup_folder_is_refused_and_the_dialog_stays(
    dialog, services, settings, db_path, answers
):
    dialog.backup_folder.setText("backups-here")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    (told,) = answers["asked"]
    assert "backups-here" in told and "full path" in told and "\n" not in told
    assert services.backups.folder() == db_path.parent / "backups"
    assert _reread(settings).backup_folder(db_path) == ""


def test_an_empty_folder_means_beside_the_registry(qtbot, services, settings, db_path, tmp_path):
    AppSettings(settings).set_backup_folder(db_path, str(tmp_path))
    services.backups.choose_folder(tmp_path)
    again = SettingsDialog(services, AppSettings(settings))
    qtbot.addWidget(again)
    assert again.backup_folder.text() == str(tmp_path)
    again.backup_folder.setText("")
    again.accept()
    assert services.backups.folder() == db_path.parent / "backups"
    assert _reread(settings).backup_folder(db_path) == ""


def test_a_relative_folder_in_the_settings_file_is_not_used(settings, db_path):
    settings.setValue(AppSettings._folder_key(db_path), "relative/backups")
    assert AppSettings(settings).backup_folder(db_path) == ""


def test_the_attachment_size_limit_is_a_field(dialog, settings):
    assert dialog.large_file.value() == 100  # the default
    dialog.large_file.setValue(7)
    dialog.accept()
    assert _reread(settings).large_file_mb == 7


def test_the_language_shown_is_the_one_in_use(qtbot, services, settings):
    settings.setValue("ui/language", "en")  # the setting; the window runs --lang ru
    assert services.language == "ru"
    shown = SettingsDialog(services, AppSettings(settings))
    qtbot.addWidget(shown)
    assert shown.language.currentData() == "ru"
    assert shown.language.currentText() == "Русский"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_settings_and_backups_dialogs_fit_the_screen(
    qtbot, services, settings, language, tmp_path
):
    from desktop.ui import translations
    from desktop.ui.backups_dialog import BackupsDialog
    from tests.conftest import add_region
    from tests.ui.layout_checks import fit_to_screen, layout_problems

    translations.install(language, tmp_path)
    try:
        add_region(services)
        services.backups.backup_now()
        for shown in (SettingsDialog(services, AppSettings(settings)), BackupsDialog(services)):
            qtbot.addWidget(shown)
            shown.show()
            qtbot.waitExposed(shown)
            fit_to_screen(shown)
            assert layout_problems(shown) == []
    finally:
        translations.install("en", tmp_path)


def test_the_limit_set_in_the_dialog_is_the_one_the_attachments_tab_asks_at(qtbot, services):
    from desktop.ui.attachments_tab import AttachmentsTab

    shown = SettingsDialog(services, AppSettings())  # the settings the window's tabs read
    qtbot.addWidget(shown)
    try:
        shown.large_file.setValue(7)
        shown.accept()
        assert AttachmentsTab.large_file_mb() == 7
    finally:
        for key in ("attachments/large_file_mb", "ui/language", "dashboard", "report"):
            QSettings().remove(key)  # what the dialog saved; other tests read the defaults
    assert AttachmentsTab.large_file_mb() == 100


def test_a_damaged_registry_is_offered_the_newest_backup_of_the_chosen_folder(
    qtbot, db_path, tmp_path, answers
):
    from desktop.services import open_services
    from tests.conftest import add_region
    from tests.db.test_open_errors import _damage

    chosen = tmp_path / "chosen"
    services = open_services(db_path, user="tester", backup_folder=chosen)
    for n in range(200):
        add_region(services, f"регион {n}", "CN", "x" * 200)
    made = services.backups.backup_now()
    services.close()
    _damage(db_path)
    answers["ask"] = True
    reopened = app_module.open_registry(str(db_path), "ru", backup_folder=chosen)
    assert reopened is not None
    try:
        assert made.name in answers["asked"][-1]
        assert reopened["regions"].count() == 200
        assert reopened.backups.folder() == chosen
    finally:
        reopened.close()
