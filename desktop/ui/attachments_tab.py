"""A record's files: add by button or by dropping them on the form, open with the system's
viewer, remove into the trash. A file missing from the store is shown as missing; a file is
checked against its digest before the system's viewer gets it, and a big file is added only
once the user agrees."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import UserError
from ..services import Services
from ..services.attachments import AttachmentInfo
from . import dialogs
from .app_settings import AppSettings
from .errors import user_message
from .long_work import Cancelled, run_long
from .rows_model import RowsModel, rows_view
from .text import format_date, format_size


class AttachmentsTab(QWidget):
    changed = Signal()

    def __init__(self, services: Services, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.entity = services, entity
        self.record_id: int | None = None
        self.items: list[AttachmentInfo] = []
        self.model = RowsModel(
            [self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("State")]
        )
        self.view = rows_view(self.model)
        self.view.doubleClicked.connect(lambda index: self.open_file(index.row()))
        self.hint = QLabel(self.tr("Drop files on this form to attach them."))
        add = QPushButton(self.tr("Add files…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        add.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(lambda: self.open_file(self._selected()))
        self.remove_button.clicked.connect(lambda: self.remove(self._selected()))
        buttons = QHBoxLayout()
        for button in (add, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._enable_buttons)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Open and Remove act on the selected file: without one they are off."""
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.setEnabled(record_id is not None and self.services.attachments.available)
        if record_id is None:
            self.hint.setText(self.tr("Save the record first, then attach files to it."))
        self.refresh()

    def refresh(self) -> None:
        if self.record_id is None or not self.services.attachments.available:
            self.items = []
        else:
            self.items = self.services.attachments.listing(self.entity, self.record_id)
        self.model.set_rows(
            [
                [
                    item.name,
                    format_size(item.size),
                    format_date(item.added_at),
                    self.tr("missing from the attachments folder") if item.missing else "",
                ]
                for item in self.items
            ]
        )
        self.view.resizeColumnsToContents()
        self._enable_buttons()  # a new list has no selection

    def names(self) -> list[str]:
        return [item.name for item in self.items]

    def _selected(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_files(self, paths: Sequence[str | Path]) -> int:
        if self.record_id is None:
            return 0
        added = 0
        limit = self.large_file_mb()
        for path in paths:
            if not Path(path).is_file():
                continue
            if self.services.attachments.is_large(path, limit) and not dialogs.ask(
                self,
                self.tr("Attach files"),
                self.tr(
                    "{file} is {size}, more than {limit}: every backup carries a copy of it. "
                    "Attach it anyway?"
                ).format(
                    file=Path(path).name,
                    size=format_size(Path(path).stat().st_size),
                    limit=format_size(limit * 1024 * 1024),
                ),
            ):
                continue
            self.services.attachments.add(self.entity, self.record_id, path)
            added += 1
        self.refresh()
        if added:
            self.changed.emit()
        return added

    @staticmethod
    def large_file_mb() -> int:
        """The size above which adding a file asks first (this computer's setting, in File →
        Settings…)."""
        return AppSettings().large_file_mb

    def choose_files(self) -> None:
        paths = dialogs.choose_open_files(self, self.tr("Attach files"))
        self.add_files(paths)

    def open_file(self, row: int | None) -> bool:
        if row is None or row >= len(self.items):
            return False
        item = self.items[row]
        try:  # a big file takes a while to hash: off the GUI thread, with Cancel
            path = run_long(
                self,
                self.tr("Checking {file}…").format(file=item.name),
                lambda progress, cancelled: self.services.attachments.verified_path(item),
            )
        except Cancelled:
            return False
        except UserError as error:  # altered or missing: said so, nothing opened
            dialogs.tell(self, self.tr("Open"), user_message(error), error=True)
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove(self, row: int | None) -> None:
        if row is None or row >= len(self.items) or self.record_id is None:
            return
        self.services.attachments.remove(self.entity, self.record_id, self.items[row].id)
        self.refresh()
        self.changed.emit()
