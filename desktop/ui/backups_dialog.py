"""The Backups dialog: every backup with its date, size and record count (each registry's
in the cell's tooltip); back up now, restore the selected one (after a confirmation), and
check the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import ALL
from ..services import Services
from . import dialogs
from .long_work import run_long
from .rows_model import Index, RowsModel, rows_view
from .text import format_date, format_size, tr_domain

RECORDS = 3  # the column of record counts
PLURALS = {entity.table: entity.plural for entity in ALL}


class BackupRows(RowsModel):
    """The backups' rows, with a tooltip per row on the record count: its breakdown."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(headers)
        self.breakdowns: list[str] = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() == RECORDS
            and index.row() < len(self.breakdowns)
        ):
            return self.breakdowns[index.row()]
        return super().data(index, role)


def breakdown(counts: dict[str, int]) -> str:
    """One line per registry: «Соглашения: 12»."""
    return "\n".join(
        f"{tr_domain(PLURALS.get(table, table))}: {QLocale().toString(count)}"
        for table, count in counts.items()
    )


class BackupsDialog(QDialog):
    restored = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Backups"))
        self.model = BackupRows(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Records"), self.tr("File")]
        )
        self.table = rows_view(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.where = QLabel(
            self.tr("New backups go to {folder}").format(folder=services.backups.folder())
        )
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.check_button = QPushButton(self.tr("Check the database"))
        close = QPushButton(self.tr("Close"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_selected)
        self.check_button.clicked.connect(self.check)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        reasons = {
            "auto": self.tr("on closing"),
            "manual": self.tr("by hand"),
            "before-upgrade": self.tr("before an update"),
            "before-import": self.tr("before an import"),
            "before-merge": self.tr("before accepting changes from a trip"),
            "before-restore": self.tr("before a restore"),
        }
        self.entries = self.services.backups.listing()
        self.model.breakdowns = [breakdown(e.counts) for e in self.entries]
        self.model.set_rows(
            [
                [
                    format_date(e.created),
                    reasons.get(e.reason, e.reason),
                    format_size(e.size),
                    QLocale().toString(sum(e.counts.values())),
                    e.path.name,
                ]
                for e in self.entries
            ]
        )
        self.table.resizeColumnsToContents()
        self._enable_buttons()  # a new list has no selection

    def _enable_buttons(self) -> None:
        """Restore acts on the selected backup: without one it is off."""
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def back_up(self) -> None:
        made = run_long(
            self,
            self.tr("Backing up…"),
            lambda progress, cancelled: self.services.backups.backup_now(),
        )
        self.status.setText(self.tr("Backed up and checked: {file}").format(file=made.name))
        self.refresh()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Choose the backup to restore."))
            return
        entry = self.entries[rows[0].row()]
        if not dialogs.ask(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the registry with the backup of {date}? The registry as it is now is "
                "kept as a backup first."
            ).format(date=format_date(entry.created)),
        ):
            return
        run_long(
            self,
            self.tr("Restoring…"),
            lambda progress, cancelled: self.services.backups.restore(entry.path),
        )
        self.status.setText(
            self.tr("Restored the backup of {date}.").format(date=format_date(entry.created))
        )
        self.refresh()
        self.restored.emit()

    def check(self) -> None:
        problems = run_long(
            self, self.tr("Checking…"), lambda progress, cancelled: self.services.backups.check()
        )
        if problems:
            self.status.setText(self.tr("Problems found:") + "\n" + "\n".join(problems[:20]))
            self.status.setStyleSheet("color: #b00020;")
        else:
            self.status.setText(
                self.tr("The database is in order: integrity checked, no broken references.")
            )
            self.status.setStyleSheet("")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
