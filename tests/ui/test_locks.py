"""File dialogs shown on the registry's folder keep SQLite's locks (issue 11, blocker 2).

Qt's file list reads the first bytes of files it cannot place by name (the registry, its
-wal and -shm) to choose their icons, and closing that descriptor drops every POSIX lock
the process holds on the file. The dialogs here are the application's own, shown for real
(offscreen) on the folder until their list has loaded, and the locks are counted in
/proc/locks while they are open.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QToolButton

from desktop.db.lock import DatabaseLock
from desktop.services import Services
from desktop.ui import dialogs
from tests.posix_locks import held_locks
from tests.registry_holder import list_folder

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/locks")


def _when_file_dialog_opens(seen: dict[str, int], folder: Path, db_path: Path) -> None:
    """Once a modal file dialog is up: list the folder, count the locks, close it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        dialog.setDirectory(str(folder))
        seen["listed"] = list_folder(dialog, folder)
        seen["locks"] = held_locks(db_path)
        dialog.reject()

    QTimer.singleShot(50, look)


def _registry_in_use(services: Services) -> int:
    services["regions"].count()  # a pooled connection stays open, holding its locks
    (services.db.path.parent / "last year.xlsx").write_bytes(b"")  # shown by every filter
    (services.db.path.parent / "reports").mkdir()  # shown to the folder chooser
    before = held_locks(services.db.path)
    assert before >= 2, "the open registry holds locks on the file and on its -shm"
    return before


CHOOSERS: dict[str, Callable[[Path], object]] = {
    "save": lambda folder: dialogs.choose_save_file(None, "Save", str(folder / "report.xlsx")),
    "open": lambda _folder: dialogs.choose_open_file(None, "Open"),
    "attach": lambda _folder: dialogs.choose_open_files(None, "Attach"),
    "folder": lambda folder: dialogs.choose_folder(None, "Folder", str(folder)),
}


@pytest.mark.parametrize("which", list(CHOOSERS))
def test_a_file_dialog_on_the_registry_folder_keeps_its_locks(
    qapp, services: Services, which: str
) -> None:
    db_path = services.db.path
    before = _registry_in_use(services)
    seen: dict[str, int] = {}
    _when_file_dialog_opens(seen, db_path.parent, db_path)
    CHOOSERS[which](db_path.parent)
    assert seen["listed"] >= 1, seen  # it did list the folder
    assert seen["locks"] == before, f"locks {before} -> {seen['locks']} with the dialog open"


def test_the_print_dialogs_file_field_keeps_the_locks(qapp, services: Services) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from desktop.ui.printing import guard_print_to_file

    db_path = services.db.path
    before = _registry_in_use(services)
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    guard_print_to_file(dialog)
    dialog.show()
    printers = dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.count() - 1)  # "Print to File (PDF)"
    seen: dict[str, int] = {}
    _when_file_dialog_opens(seen, db_path.parent, db_path)
    dialog.findChild(QToolButton, "fileBrowser").click()
    dialog.reject()
    assert seen["listed"] >= 1, seen
    assert seen["locks"] == before, f"locks {before} -> {seen['locks']} with the dialog open"


def test_a_file_of_the_registry_open_here_is_not_handed_to_a_job(
    qapp, services: Services, answers: dict[str, object]
) -> None:
    """Chosen as a workbook to import or a file to attach, it would be read (dropping the
    locks) or, saved over, destroyed: the dialog says so and gives nothing."""
    db_path = services.db.path
    lock = DatabaseLock(db_path)
    assert lock.acquire() is None
    try:
        for chosen in (db_path, lock.path):

            def pick(path: Path = chosen) -> None:
                dialog = QApplication.activeModalWidget()
                if not isinstance(dialog, QFileDialog):
                    QTimer.singleShot(50, pick)
                    return
                dialog.setDirectory(str(path.parent))  # the name typed, as a user would
                dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
                dialog.accept()

            QTimer.singleShot(50, pick)
            assert dialogs.choose_open_files(None, "Attach") == []
            assert chosen.name in str(answers["asked"][-1])
        QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
        assert dialogs.choose_open_file(None, "Import") is None  # cancelled: nothing said
        assert len(answers["asked"]) == 2
    finally:
        lock.release()


def test_printing_to_a_file_of_the_registry_is_refused(
    qapp, services: Services, answers: dict[str, object]
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.printing import print_html

    db_path = services.db.path
    lock = DatabaseLock(db_path)
    assert lock.acquire() is None
    content = db_path.read_bytes()

    def print_to_the_registry() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):  # Qt asks whether to overwrite: yes
            dialog.button(QMessageBox.StandardButton.Yes).click()
            return
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(50, print_to_the_registry)
            return
        printers = dialog.findChild(QComboBox, "printers")
        printers.setCurrentIndex(printers.count() - 1)  # "Print to File (PDF)"
        dialog.findChild(QLineEdit, "filename").setText(str(db_path))
        QTimer.singleShot(100, print_to_the_registry)
        dialog.accept()

    try:
        QTimer.singleShot(50, print_to_the_registry)
        assert print_html(None, "<p>Соглашения</p>") is False
        assert db_path.read_bytes() == content
        assert db_path.name in str(answers["asked"][-1])
    finally:
        lock.release()
