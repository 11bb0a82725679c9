"""The attachments tab hands the system's viewer only the file that was attached, and asks
before adding a big one."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices

from desktop.ui import attachments_tab
from tests.conftest import add_region


def test_an_altered_file_is_not_handed_to_the_viewer(
    qtbot, window, services, tmp_path, answers, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    rid = add_region(services)
    form = window.pages["regions"].open_record(rid)
    letter = tmp_path / "письмо.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    tab = form.attachments
    assert tab.add_files([letter]) == 1
    assert tab.open_file(0) is True and len(opened) == 1
    tab.items[0].path.write_bytes(b"%PDF-1.4 forged")
    assert tab.open_file(0) is False
    assert len(opened) == 1
    assert "changed" in answers["asked"][-1] or "изменено" in answers["asked"][-1]


def test_a_big_file_is_added_only_when_the_user_agrees(
    qtbot, window, services, tmp_path, answers, monkeypatch
):
    monkeypatch.setattr(attachments_tab.AttachmentsTab, "large_file_mb", staticmethod(lambda: 1))
    rid = add_region(services)
    tab = window.pages["regions"].open_record(rid).attachments
    big = tmp_path / "видео.bin"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    answers["ask"] = False
    assert tab.add_files([big]) == 0
    assert "видео.bin" in answers["asked"][-1]
    answers["ask"] = True
    assert tab.add_files([big]) == 1


def test_the_size_limit_is_a_setting(qtbot, tmp_path):
    QSettings().setValue("attachments/large_file_mb", 7)
    try:
        assert attachments_tab.AttachmentsTab.large_file_mb() == 7
    finally:
        QSettings().remove("attachments/large_file_mb")
    assert attachments_tab.AttachmentsTab.large_file_mb() == 100
