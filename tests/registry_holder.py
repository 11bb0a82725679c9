"""A process holding a registry open as the application does, driven line by line on stdin.

    python -m tests.registry_holder DB

Commands: "dialog" shows the attachments' file dialog (offscreen) on the registry's folder
until its list has loaded; "drop-locks" opens and closes the registry's files the way a
content sniffer does (what Qt's file dialogs did); "save NAME" creates a region. Each answers
one line ("listed N", "dropped", "saved ID"); the test then kills the process as it likes.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel


def list_folder(dialog: QFileDialog, folder: Path) -> int:
    """Wait until a file dialog has listed the folder, ask it for each shown file's icon and
    type as its view does, and give its thread time for the files its filter hides; the
    number of files it shows."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None, "not Qt's own file dialog"
    parent = QModelIndex()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        QApplication.processEvents()
        parent = model.index(str(folder))
        if model.rowCount(parent) and not model.canFetchMore(parent):
            break
        time.sleep(0.02)
    for row in range(model.rowCount(parent)):
        model.index(row, 0, parent).data(Qt.ItemDataRole.DecorationRole)
        model.index(row, 2, parent).data()  # the "Type" column
    settle = time.monotonic() + 1.5  # file information is gathered in a thread
    while time.monotonic() < settle:
        QApplication.processEvents()
        time.sleep(0.02)
    return model.rowCount(parent)


def when_file_dialog_opens(folder: Path, then: dict[str, int]) -> None:
    """Once a modal file dialog is up: show it the folder, list it, close it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        dialog.setViewMode(QFileDialog.ViewMode.Detail)  # with its "Type" column
        dialog.setDirectory(str(folder))
        then["listed"] = list_folder(dialog, folder)
        dialog.reject()

    QTimer.singleShot(50, look)


def main(db_path: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.db.lock import DatabaseLock
    from desktop.services import open_services
    from desktop.ui.attachments_tab import AttachmentsTab

    app = QApplication([])
    services = open_services(db_path, user="holder")
    lock = DatabaseLock(db_path)
    assert lock.acquire() is None
    services["regions"].count()
    print("open", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "dialog":
            seen: dict[str, int] = {}
            when_file_dialog_opens(db_path.parent, seen)
            AttachmentsTab(services, "regions").choose_files()  # "Add files…" of a record
            print(f"listed {seen.get('listed', 0)}", flush=True)
        elif command == "drop-locks":
            for suffix in ("", "-wal", "-shm"):
                with open(f"{db_path}{suffix}", "rb") as sniffed:
                    sniffed.read(16)
            print("dropped", flush=True)
        elif command == "locks":
            from tests.posix_locks import held_locks

            print(f"locks {held_locks(db_path)}", flush=True)
        elif command == "save":
            changes = services["regions"].create(
                {
                    "country_code": "CN",
                    "name_ru": argument,
                    "name_original": argument,
                    "kind": "province",
                }
            )
            print(f"saved {changes.ids[0]}", flush=True)
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]))
