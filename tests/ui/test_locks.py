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
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QToolButton

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
