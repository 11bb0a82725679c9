"""Import into a registry from .xlsx: before anything is written, the user sees how the
file's columns were understood (and can change it: the mapping step), the names the registry
lacks (the reconciliation step: create, pick, or leave in the notes), its first rows, the
rows skipped and why, and every problem found, which can be saved as a workbook. Import is
possible when there is no problem, or, asked to, of the good rows only; the choices are
remembered for the registry."""

from __future__ import annotations

from collections.abc import Callable
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
from ..services.importing import ImportResult, import_plan
from ..services.reconciliation import recall
from . import dialogs
from .errors import user_message
from .import_steps import MappingStep, ReconcileStep
from .long_work import run_long
from .rows_model import RowsModel, rows_view
from .text import tr_domain

# mapping, create missing, choices -> the file read again with them
Reread = Callable[[dict[str, str], bool, dict[str, dict[str, Any]]], ImportPlan]


def _table(headers: list[str], rows: list[list[Any]]) -> QTableView:
    view = rows_view(RowsModel(headers, rows))
    view.resizeColumnsToContents()
    return view


class ImportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        plan: ImportPlan,
        parent: QWidget | None = None,
        reread: Reread | None = None,
    ):
        super().__init__(parent)
        self.services, self.reread = services, reread
        self.changes: Changes | None = None
        self.outcome: ImportResult | None = None
        entity = services[plan.kind].entity
        self.setWindowTitle(
            self.tr("Import into “{registry}”: {file}").format(
                registry=tr_domain(entity.plural), file=plan.path.name
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.create_missing = QCheckBox(
            self.tr(
                "Create the countries, regions and organisations the file names and the "
                "registry lacks"
            )
        )
        self.skip_bad_rows = QCheckBox(
            self.tr(
                "Import the good rows; save the rows with problems to a workbook beside the file"
            )
        )
        self.skip_bad_rows.toggled.connect(lambda _: self._enable())
        self.create_missing.toggled.connect(lambda _: self.apply_choices())
        self.update_duplicates = QCheckBox()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_again = buttons.addButton(
            self.tr("Apply the choices and read again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.read_again.setVisible(reread is not None)
        self.read_again.clicked.connect(self.apply_choices)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        for widget in (self.create_missing, self.skip_bad_rows, self.update_duplicates):
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        self.show_plan(plan)

    def show_plan(self, plan: ImportPlan) -> None:
        """Fill the window from a plan (again after the choices changed)."""
        self.plan = plan
        self.summary.setText(
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
            + " "
            + self.tr(
                "{skipped} rows skipped, {kept} columns kept in the notes, {names} names to "
                "reconcile, {warnings} warnings."
            ).format(
                skipped=len(plan.skipped),
                kept=len(plan.kept_columns),
                names=len(plan.unresolved) + len(plan.missing),
                warnings=len(plan.warnings),
            )
        )
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.mapping_step = MappingStep(self.services, plan)
        self.mapping = self.mapping_step.view
        self.reconcile_step = ReconcileStep(self.services, plan)
        preview_headers = [text for text, _ in plan.mapping] or [""]
        self.preview = _table(
            preview_headers, [row[: len(preview_headers)] for row in plan.preview]
        )
        self.skipped = _table(
            [self.tr("Row"), self.tr("Why"), self.tr("What it says")],
            [[s.row, s.why(self.services.language), s.text] for s in plan.skipped],
        )
        self.warnings = _table(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Note")],
            [[p.row, p.column, p.value, problem_text_of(p)] for p in plan.warnings],
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
        self.tabs.addTab(self.mapping_step, self.tr("Columns"))
        self.tabs.addTab(
            self.reconcile_step,
            self.tr("Names to reconcile ({count})").format(
                count=len(plan.unresolved) + len(plan.missing)
            ),
        )
        self.tabs.addTab(self.preview, self.tr("First rows"))
        self.tabs.addTab(
            self.skipped, self.tr("Skipped rows ({count})").format(count=len(plan.skipped))
        )
        self.tabs.addTab(
            self.warnings, self.tr("Warnings ({count})").format(count=len(plan.warnings))
        )
        self.tabs.addTab(
            problems_tab, self.tr("Problems ({count})").format(count=len(plan.problems))
        )
        if current >= 0:
            self.tabs.setCurrentIndex(current)
        elif plan.unresolved:
            self.tabs.setCurrentIndex(1)
        elif plan.problems:
            self.tabs.setCurrentIndex(5)
        self.update_duplicates.setText(
            self.tr(
                "Update the {count} records that look like rows of the file (otherwise they are "
                "skipped)"
            ).format(count=len(plan.duplicates))
        )
        self.update_duplicates.setVisible(bool(plan.duplicates))
        self.error.clear()
        self._enable()

    def _enable(self) -> None:
        plan = self.plan
        usable = plan.ok or (self.skip_bad_rows.isChecked() and bool(plan.creates or plan.updates))
        self.import_button.setEnabled(
            usable and bool(plan.creates or plan.updates or plan.duplicates)
        )

    def apply_choices(self) -> None:
        """The mapping and reconciliation choices applied: the file read again with them."""
        if self.reread is None:
            return
        try:
            plan = self.reread(
                self.mapping_step.mapping(),
                self.create_missing.isChecked(),
                self.reconcile_step.choices(),
            )
        except Exception as exc:  # noqa: BLE001 - environment errors become a sentence
            self.error.setText(user_message(exc))
            return
        self.show_plan(plan)

    def save_problems(self) -> None:
        suggested = str(self.plan.path.with_name(f"{self.plan.path.stem}_problems.xlsx"))
        out = dialogs.choose_save_file(self, self.tr("Save the problems as"), suggested)
        if out:
            try:
                write_problems(self.plan.problems, out, self.services.language)
            except Exception as exc:  # noqa: BLE001 - environment errors become a sentence
                self.error.setText(user_message(exc))

    def run_import(self) -> None:
        update, skip = self.update_duplicates.isChecked(), self.skip_bad_rows.isChecked()
        try:
            self.outcome = run_long(
                self,
                self.tr("Importing…"),
                lambda progress, cancelled: import_plan(self.services, self.plan, update, skip),
            )
        except Exception as exc:  # noqa: BLE001
            self.error.setText(user_message(exc))
            return
        self.changes = self.outcome.changes if self.outcome else None
        self.accept()


def problem_text_of(problem: ImportProblem) -> str:
    params = {name: tr_domain(value) for name, value in problem.params}
    return tr_domain(problem.message).format(**params)


def import_file(services: Services, kind: str, parent: QWidget | None) -> Changes | None:
    """Ask for a file, check it (with the choices remembered for the registry), show the
    result; let the user change the choices and read again; import if the user confirms."""
    path = dialogs.choose_open_file(
        parent, QCoreApplication.translate("ImportDialog", "Import from Excel")
    )
    if not path:
        return None
    remembered, choices = recall(services, kind)
    reading = QCoreApplication.translate("ImportDialog", "Reading {file}…").format(
        file=Path(path).name
    )

    def reread(
        mapping: dict[str, str], create: bool, chosen: dict[str, dict[str, Any]]
    ) -> ImportPlan:
        merged = {r: {**choices.get(r, {}), **chosen.get(r, {})} for r in {*choices, *chosen}}
        return run_long(
            parent,
            reading,
            lambda progress, cancelled: read_import(
                services, kind, path, services.language, {**remembered, **mapping}, create, merged
            ),
        )

    try:
        plan = reread({}, False, {})
    except Exception as exc:  # noqa: BLE001
        dialogs.tell(
            parent,
            QCoreApplication.translate("ImportDialog", "Import"),
            user_message(exc),
            error=True,
        )
        return None
    dialog = ImportDialog(services, plan, parent, reread)
    if not dialogs.exec_dialog(dialog):
        return None
    if dialog.outcome is not None and dialog.outcome.bad_rows_file is not None:
        dialogs.tell(
            parent,
            QCoreApplication.translate("ImportDialog", "Import"),
            QCoreApplication.translate(
                "ImportDialog", "{count} rows with problems were not imported: they are in {file}"
            ).format(count=dialog.outcome.skipped_rows, file=dialog.outcome.bad_rows_file),
        )
    return dialog.changes
