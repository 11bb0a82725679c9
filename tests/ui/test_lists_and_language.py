"""The backups list and the attachments tab (issue 11, items 10, 13, 16): buttons that act on
a selection are off without one, sizes and counts are written as the interface language
writes them, and Qt's own dialogs and the held-registry prompt speak Russian too."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel

from desktop.services.opening import Holder
from desktop.ui import attachments_tab, dialogs, translations
from desktop.ui.app import describe_holder
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.text import format_size
from tests.conftest import add_region


@pytest.fixture
def russian(qapp, tmp_path):
    translations.install("ru", tmp_path)
    yield
    translations.install("en", tmp_path)  # the other tests read English


def test_restore_is_off_on_an_empty_list_and_without_a_selection(qtbot, services):
    add_region(services)
    dialog = BackupsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    dialog.back_up()
    assert dialog.model.rowCount() == 1
    assert not dialog.restore_button.isEnabled()  # nothing selected yet
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.table.clearSelection()
    assert not dialog.restore_button.isEnabled()


def test_the_records_column_is_a_total_with_the_breakdown_in_its_tooltip(qtbot, services):
    add_region(services)
    add_region(services, "ил Бурса", "TR", "Bursa")
    dialog = BackupsDialog(services)
    qtbot.addWidget(dialog)
    dialog.back_up()
    assert dialog.model.cell(0, 3) == "2"
    tip = dialog.model.data(dialog.model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    lines = tip.splitlines()
    assert len(lines) == 7 and lines[0] == "Foreign regions: 2" and "Agreements: 0" in lines
    assert dialog.model.data(dialog.model.index(0, 2), Qt.ItemDataRole.ToolTipRole) is None


def test_open_and_remove_are_off_without_a_selected_file(
    qtbot, window, services, tmp_path, answers
):
    tab = window.pages["regions"].open_record(add_region(services)).attachments
    assert not tab.open_button.isEnabled() and not tab.remove_button.isEnabled()
    letter = tmp_path / "письмо.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    assert tab.add_files([letter]) == 1
    assert not tab.open_button.isEnabled() and not tab.remove_button.isEnabled()
    tab.view.selectRow(0)
    assert tab.open_button.isEnabled() and tab.remove_button.isEnabled()
    tab.remove(0)
    assert tab.model.rowCount() == 0
    assert not tab.open_button.isEnabled() and not tab.remove_button.isEnabled()


def test_a_big_file_is_named_with_its_size_before_it_is_attached(
    qtbot, window, services, tmp_path, answers, monkeypatch
):
    monkeypatch.setattr(attachments_tab.AttachmentsTab, "large_file_mb", staticmethod(lambda: 1))
    tab = window.pages["regions"].open_record(add_region(services)).attachments
    big = tmp_path / "видео.bin"
    big.write_bytes(b"x" * (3 * 1024 * 1024 + 200_000))
    answers["ask"] = False
    assert tab.add_files([big]) == 0
    assert "видео.bin is 3.2 MB, more than 1 MB" in answers["asked"][-1]


def test_sizes_are_written_as_the_language_writes_them(russian):
    assert format_size(6_710_886) == "6,4 МБ"
    assert format_size(100) == "100 байт"
    assert format_size(2) == "2 байта"


def test_sizes_in_english():
    assert format_size(6_710_886) == "6.4 MB"
    assert format_size(1) == "1 byte"
    assert format_size(2048) == "2 kB"  # Qt writes k for kilo
    assert format_size(2048 + 200) == "2.2 kB"
    assert format_size(100 * 1024 * 1024) == "100 MB"
    assert format_size(2 * 1024**3 + 1) == "2.0 GB"


def test_qt_own_dialog_labels_are_russian(qtbot, russian):
    assert QCoreApplication.translate("QFileDialog", "Look in:") not in ("", "Look in:")
    dialog = dialogs.file_dialog(None, "Файл")
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    for name in ("lookInLabel", "fileTypeLabel", "fileNameLabel"):
        assert labels[name] and all(not ("a" <= ch.lower() <= "z") for ch in labels[name]), (
            name,
            labels[name],
        )


def test_who_holds_the_registry_is_said_in_russian(russian):
    since = datetime(2026, 12, 1, 9, 5)
    holder = Holder("ivanova", "office-pc", 30371, since.strftime("%d.%m.%Y %H:%M"))
    text = describe_holder(holder)
    assert text == "ivanova@office-pc, процесс 30371, с 01.12.2026 09:05"
    assert QLocale().language() == QLocale.Language.Russian
