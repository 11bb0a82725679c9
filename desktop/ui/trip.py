"""The offline exchange in the window (File → Trip): take a copy away, prepare its changes
for the office, accept a package with a preview first, and resolve what both sides changed
(services.exchange does the work; nothing here decides a conflict)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from . import dialogs
from .errors import is_user_error, user_message
from .long_work import Cancelled, run_long
from .rows_model import RowsModel, rows_view
from .text import format_date, tr_domain


def _fails(parent: QWidget, title: str, work: Any) -> tuple[bool, Any]:
    """Run ``work`` with a progress dialog; a user error is told, not raised."""
    try:
        return True, run_long(parent, title, lambda progress, cancelled: work())
    except Cancelled:
        return False, None
    except Exception as exc:  # noqa: BLE001 - told if the user can act on it, else raised
        if not is_user_error(exc):
            raise
        dialogs.tell(
            parent, QCoreApplication.translate("Trip", "Trip"), user_message(exc), error=True
        )
        return False, None


def copy_notice(services: Services) -> tuple[str, str] | None:
    """On a copy taken on a trip: where it came from and when (shown), and how its work goes
    back (its tooltip); an officer must never take the copy for the office's registry."""
    if not services.exchange.is_copy:
        return None
    site = services.exchange.site
    shown = QCoreApplication.translate(
        "Trip", "A copy for a trip («{name}») of {origin}, taken {taken}"
    ).format(name=site.name or "", origin=site.origin or "?", taken=format_date(site.taken_at))
    how = QCoreApplication.translate(
        "Trip",
        "Its changes go back to the office with File → Trip → Prepare changes for the office.",
    )
    return shown, f"{shown}. {how}"


def mark_copy(window: QMainWindow, services: Services) -> None:
    """Say on the window of a copy that it is one: in the title and in the status bar."""
    notice = copy_notice(services)
    if notice is None:
        return
    window.setWindowTitle(
        window.windowTitle() + QCoreApplication.translate("Trip", " (a copy for a trip)")
    )
    shown, whole = notice
    label = QLabel(shown)
    label.setObjectName("copy-notice")
    label.setStyleSheet("QLabel { background: #fff3c4; color: #5c4400; padding: 2px 6px; }")
    label.setToolTip(whole)
    window.statusBar().addWidget(label, 1)


def take_copy(parent: QWidget, services: Services) -> None:
    title = QCoreApplication.translate("Trip", "Take a copy on a trip")
    out = dialogs.choose_save_file(
        parent, title, str(Path.home() / "registry-trip.sqlite"), "sqlite"
    )
    if not out:
        return
    done, made = _fails(
        parent,
        QCoreApplication.translate("Trip", "Writing the copy…"),
        lambda: services.exchange.take_copy(Path(out)),
    )
    if done:
        dialogs.tell(
            parent,
            QCoreApplication.translate("Trip", "Take a copy on a trip"),
            QCoreApplication.translate(
                "Trip",
                "The copy was written to {path}. Work in it on the laptop (start the registry "
                "with that file); back at the office, prepare its changes there and accept "
                "them here.",
            ).format(path=made),
        )


def prepare_changes(parent: QWidget, services: Services) -> None:
    title = QCoreApplication.translate("Trip", "Prepare changes for the office")
    if not services.exchange.is_copy:
        dialogs.tell(
            parent,
            QCoreApplication.translate("Trip", "Prepare changes for the office"),
            QCoreApplication.translate(
                "Trip",
                "This registry is not a copy taken on a trip: its changes are here already. "
                "Take a copy with File → Trip → Take a copy on a trip.",
            ),
        )
        return
    out = dialogs.choose_save_file(
        parent, title, str(Path.home() / "trip-changes.irchanges"), "irchanges"
    )
    if not out:
        return
    done, package = _fails(
        parent,
        QCoreApplication.translate("Trip", "Writing the changes…"),
        lambda: services.exchange.write_changes(Path(out)),
    )
    if done:
        count = len(package.records) + len(package.purged)
        dialogs.tell(
            parent,
            QCoreApplication.translate("Trip", "Prepare changes for the office"),
            QCoreApplication.translate(
                "Trip",
                "{count} changed record(s) written to {path}. Accept them in the office registry.",
            ).format(count=count, path=out),
        )


def accept_changes(parent: QWidget, services: Services) -> None:
    """Choose a package, show what merging it would do, merge on the user's word."""
    title = QCoreApplication.translate("Trip", "Accept changes from a trip")
    chosen = dialogs.choose_package(parent, title)
    if not chosen:
        return
    done, package = _fails(parent, title, lambda: services.exchange.read_package(Path(chosen)))
    if not done:
        return
    done, preview = _fails(
        parent,
        QCoreApplication.translate("Trip", "Checking the changes…"),
        lambda: services.exchange.merge(package, dry_run=True),
    )
    if not done:
        return
    if preview.already_merged:
        dialogs.tell(
            parent,
            QCoreApplication.translate("Trip", "Accept changes from a trip"),
            QCoreApplication.translate(
                "Trip", "These changes were accepted before: nothing to do."
            ),
        )
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Trip", "Accept changes from a trip"),
        _summary(preview),
        parent=parent,
    )
    if preview.flagged:
        box.setDetailedText("\n".join(flag.text(services.language) for flag in preview.flagged))
    merge = box.addButton(
        QCoreApplication.translate("Trip", "Accept the changes"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not merge:
        return
    done, report = _fails(
        parent,
        QCoreApplication.translate("Trip", "Accepting the changes…"),
        lambda: services.exchange.merge(package),
    )
    if done and report.conflicts:
        show_conflicts(parent, services)
    elif done:
        dialogs.tell(
            parent,
            QCoreApplication.translate("Trip", "Accept changes from a trip"),
            _summary(report, done=True),
        )


def _summary(report: Any, done: bool = False) -> str:
    text = (
        QCoreApplication.translate(
            "Trip", "Accepted: {created} new, {updated} changed, {trashed} moved to the trash."
        )
        if done
        else QCoreApplication.translate(
            "Trip",
            "Accepting these changes adds {created} new record(s), changes {updated}, moves "
            "{trashed} to the trash and leaves {conflicts} conflict(s) for you to resolve.",
        )
    )
    return text.format(
        created=len(report.created),
        updated=len(report.updated),
        trashed=len(report.trashed),
        conflicts=report.conflicts,
    )


Stretch = QHeaderView.ResizeMode.Stretch


def show_conflicts(parent: QWidget, services: Services) -> None:
    opener = getattr(parent, "open_record", None)  # the main window's
    dialogs.exec_dialog(ConflictsDialog(services, parent, opener))


class ConflictsDialog(QDialog):
    """What the office and a trip both changed, differently: one row each, and a person's
    choice of the side to keep."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        open_record: Callable[[str, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.open_record = open_record
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.model = RowsModel(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("In the office"),
                self.tr("From the trip"),
            ]
        )
        self.table = rows_view(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        # both values are read whole to choose between them: wrapped, never cut off
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (Stretch, QHeaderView.ResizeMode.ResizeToContents, Stretch, Stretch)
        ):
            header.setSectionResizeMode(column, mode)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.office_button = QPushButton(self.tr("Keep the office's"))
        self.laptop_button = QPushButton(self.tr("Take the trip's"))
        self.edit_button = QPushButton(self.tr("Open the record…"))
        self.edit_button.setToolTip(
            self.tr("Edit it yourself; then keep the office's value here, which is yours now")
        )
        self.edit_button.setVisible(open_record is not None)
        self.edit_button.clicked.connect(self.edit)
        close = QPushButton(self.tr("Close"))
        self.office_button.clicked.connect(lambda: self.resolve("office"))
        self.laptop_button.clicked.connect(lambda: self.resolve("laptop"))
        close.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.office_button)
        buttons.addWidget(self.laptop_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(900, 380)
        self.refresh()

    def refresh(self) -> None:
        self.conflicts = self.services.exchange.conflicts()
        rows = []
        for c in self.conflicts:
            rows.append(
                [
                    f"{tr_domain(c.entity_label)}: {c.title}",
                    tr_domain(c.field_label),
                    self._shown(c.office),
                    self._shown(c.laptop),
                ]
            )
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.status.setText(
            self.tr("{count} conflict(s) left. Nothing is decided until you choose.").format(
                count=len(self.conflicts)
            )
            if self.conflicts
            else self.tr("No conflicts left.")
        )
        if self.conflicts:
            self.table.selectRow(0)
        self._enable()

    def _shown(self, value: Any) -> str:
        if isinstance(value, list):
            return self.tr("{count} row(s)").format(count=len(value))
        return "—" if value in (None, "") else str(value)

    def _enable(self) -> None:
        chosen = self.table.selectionModel().hasSelection() and bool(self.conflicts)
        self.office_button.setEnabled(chosen)
        self.laptop_button.setEnabled(chosen)
        self.edit_button.setEnabled(chosen)

    def edit(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.open_record is not None:
            conflict = self.conflicts[rows[0].row()]
            self.accept()  # the form is a window of its own: this dialog would block it
            self.open_record(conflict.entity, conflict.record_id)

    def resolve(self, take: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts[rows[0].row()]
        try:
            self.services.exchange.resolve(conflict.id, take)
        except Exception as exc:  # noqa: BLE001 - told if the user can act on it
            if not is_user_error(exc):
                raise
            dialogs.tell(self, self.tr("Conflicts to resolve"), user_message(exc), error=True)
        self.refresh()
