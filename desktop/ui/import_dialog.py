"""Import into a registry from .xlsx: before anything is written, the user sees how the
file's columns were understood, its first rows, and every problem found, which can be saved
as a workbook. Import is possible only when there is no problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..excel.importer import ImportPlan, ImportProblem, read_import, write_problems
from ..services import Changes, Services
from ..services.importing import apply_import
from . import dialogs
from .errors import user_message
from .long_work import run_long
from .rows_model import RowsModel, rows_view
from .text import tr_domain


def _table(headers: list[str], rows: list[list[Any]]) -> QTableView:
    view = rows_view(RowsModel(headers, rows))
    view.resizeColumnsToContents()
    return view


class ImportDialog(QDialog):
    def __init__(self, services: Services, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.plan = services, plan
        self.changes: Changes | None = None
        entity = services[plan.kind].entity
        self.setWindowTitle(
            self.tr("Import into “{registry}”: {file}").format(
                registry=tr_domain(entity.plural), file=plan.path.name
            )
        )
        self.summary = QLabel(
            self.tr(
                "Sheet “{sheet}”, headers in row {row}: {new} new, {updated} to update, "
                "{unchanged} unchanged, {duplicates} probable duplicates, {problems} problems."
            ).format(
                sheet=plan.sheet,
                row=plan.header_row,
                new=len(plan.creates),
                updated=len(plan.updates),
                unchanged=len(plan.unchanged),
                duplicates=len(plan.duplicates),
                problems=len(plan.problems),
            )
        )
        self.summary.setWordWrap(True)

        ignored = self.tr("(not imported)")
        mapping = [
            [
                text,
                ignored
                if column is None
                else tr_domain(
                    column.field.label
                    if column.field
                    else column.child.label
                    if column.child
                    else "ID"
                )
                + (" (ID)" if column and column.is_ref_id else ""),
            ]
            for text, column in plan.mapping
        ]
        self.mapping = _table([self.tr("Column in the file"), self.tr("Field")], mapping)
        preview_headers = [text for text, _ in plan.mapping] or [""]
        self.preview = _table(
            preview_headers, [row[: len(preview_headers)] for row in plan.preview]
        )
        problems = [[p.row, p.column, p.value, problem_text_of(p)] for p in plan.problems]
        self.problems = _table(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("What is wrong")],
            problems,
        )
        save_problems = QPushButton(self.tr("Save the list as .xlsx…"))
        save_problems.setEnabled(bool(plan.problems))
        save_problems.clicked.connect(self.save_problems)
        problems_tab = QWidget()
        problems_layout = QVBoxLayout(problems_tab)
        problems_layout.addWidget(self.problems)
        problems_layout.addWidget(save_problems)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.mapping, self.tr("Columns"))
        self.tabs.addTab(self.preview, self.tr("First rows"))
        self.tabs.addTab(
            problems_tab, self.tr("Problems ({count})").format(count=len(plan.problems))
        )
        if plan.problems:
            self.tabs.setCurrentIndex(2)

        self.update_duplicates = QCheckBox(
            self.tr(
                "Update the {count} records that look like rows of the file (otherwise they are "
                "skipped)"
            ).format(count=len(plan.duplicates))
        )
        self.update_duplicates.setVisible(bool(plan.duplicates))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(
            plan.ok and bool(plan.creates or plan.updates or plan.duplicates)
        )
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.update_duplicates)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def save_problems(self) -> None:
        suggested = str(self.plan.path.with_name(f"{self.plan.path.stem}_problems.xlsx"))
        out = dialogs.choose_save_file(self, self.tr("Save the problems as"), suggested)
        if out:
            try:
                write_problems(self.plan.problems, out, self.services.language)
            except Exception as exc:  # noqa: BLE001 - environment errors become a sentence
                self.error.setText(user_message(exc))

    def run_import(self) -> None:
        update = self.update_duplicates.isChecked()
        try:
            self.changes = run_long(
                self,
                self.tr("Importing…"),
                lambda progress, cancelled: apply_import(self.services, self.plan, update),
            )
        except Exception as exc:  # noqa: BLE001
            self.error.setText(user_message(exc))
            return
        self.accept()


def problem_text_of(problem: ImportProblem) -> str:
    params = {name: tr_domain(value) for name, value in problem.params}
    return tr_domain(problem.message).format(**params)


def import_file(services: Services, kind: str, parent: QWidget | None) -> Changes | None:
    """Ask for a file, check it, show the result; import if the user confirms."""
    path = dialogs.choose_open_file(
        parent, QCoreApplication.translate("ImportDialog", "Import from Excel")
    )
    if not path:
        return None
    try:
        plan = run_long(
            parent,
            QCoreApplication.translate("ImportDialog", "Reading {file}…").format(
                file=Path(path).name
            ),
            lambda progress, cancelled: read_import(services, kind, path, services.language),
        )
    except Exception as exc:  # noqa: BLE001
        dialogs.tell(
            parent,
            QCoreApplication.translate("ImportDialog", "Import"),
            user_message(exc),
            error=True,
        )
        return None
    dialog = ImportDialog(services, plan, parent)
    if dialogs.exec_dialog(dialog):
        return dialog.changes
    return None
