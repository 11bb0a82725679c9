"""The steps of the import window before the preview: how each column of the file is read
(a field, the notes, nothing), and what each name the registry lacks stands for — create it,
a record picked, or the notes. Each distinct name is listed once, with the rows naming it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QInputDialog, QTableView, QVBoxLayout, QWidget

from ..domain.countries import fold_name
from ..excel.headers import KEEP, PSEUDO_LABELS, SKIP, HeaderMatcher
from ..excel.plan import ImportPlan
from ..excel.reconcile import COUNTRIES, CREATE_CHOICE, NOTES_CHOICE
from ..services import Services
from ..services.importing import registry_label
from .rows_model import RowsModel, rows_view
from .text import tr_domain

_PICK = "pick"


def _rows(numbers: list[int]) -> str:
    shown = sorted(set(numbers))
    return ", ".join(str(n) for n in shown[:10]) + (", …" if len(shown) > 10 else "")


class MappingStep(QWidget):
    """One line per column of the file: its header, the field it is read as (a list to
    change it), the closest field for a column none took."""

    def __init__(self, services: Services, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        entity = services[plan.kind].entity
        matcher = HeaderMatcher(entity)
        self.plan = plan
        targets = [KEEP, SKIP] + sorted(
            matcher.targets - {KEEP, SKIP}, key=lambda t: matcher.label(t, "en")
        )
        rows = [
            [
                column.text,
                "",
                tr_domain(matcher.label(column.suggestion, "en")) if column.suggestion else "",
            ]
            for column in plan.columns
        ]
        self.model = RowsModel(
            [
                QCoreApplication.translate("ImportDialog", "Column in the file"),
                QCoreApplication.translate("ImportDialog", "Read as"),
                QCoreApplication.translate("ImportDialog", "Closest field"),
            ],
            rows,
            self,
        )
        self.view: QTableView = rows_view(self.model)
        self.combos: list[QComboBox] = []
        for row, column in enumerate(plan.columns):
            combo = QComboBox()
            for target in targets:
                label = matcher.label(target, "en")
                combo.addItem(tr_domain(PSEUDO_LABELS.get(target, label)), target)
            combo.setCurrentIndex(max(0, combo.findData(column.target)))
            self.view.setIndexWidget(self.model.index(row, 1), combo)
            self.combos.append(combo)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, 260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def mapping(self) -> dict[str, str]:
        """Header -> target for every column the user set differently from what was read,
        with what the user had set before."""
        chosen = dict(self.plan.user_mapping)
        for column, combo in zip(self.plan.columns, self.combos, strict=True):
            target = combo.currentData()
            if target != column.target:
                chosen[column.text] = target
        return chosen


class ReconcileStep(QWidget):
    """One line per distinct name the registry lacks: create it, leave it in the notes, one
    of the closest records, or another one picked from the registry."""

    def __init__(self, services: Services, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.names: list[tuple[str, str]] = []  # (registry, name)
        rows = []
        for item in plan.unresolved:
            self.names.append((item.registry, item.name))
            rows.append(
                [
                    item.name,
                    tr_domain(registry_label(services, item.registry)),
                    _rows(item.rows),
                    "",
                ]
            )
        for missing in plan.missing:
            self.names.append((missing.registry, missing.name))
            rows.append(
                [
                    missing.name,
                    tr_domain(registry_label(services, missing.registry)),
                    _rows(missing.rows),
                    "",
                ]
            )
        self.model = RowsModel(
            [
                QCoreApplication.translate("ImportDialog", "Name in the file"),
                QCoreApplication.translate("ImportDialog", "Registry"),
                QCoreApplication.translate("ImportDialog", "Rows"),
                QCoreApplication.translate("ImportDialog", "What it is"),
            ],
            rows,
            self,
        )
        self.view: QTableView = rows_view(self.model)
        self.combos: list[QComboBox] = []
        suggestions = [u.suggestions for u in plan.unresolved] + [[] for _ in plan.missing]
        for row, ((registry, name), found) in enumerate(zip(self.names, suggestions, strict=True)):
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportDialog", "Create it"), CREATE_CHOICE)
            combo.addItem(
                QCoreApplication.translate("ImportDialog", "Leave it in the notes"), NOTES_CHOICE
            )
            for record_id, title in found:
                combo.addItem(
                    QCoreApplication.translate("ImportDialog", "This one: {title}").format(
                        title=title
                    ),
                    record_id,
                )
            combo.addItem(QCoreApplication.translate("ImportDialog", "Pick another…"), _PICK)
            combo.setCurrentIndex(0 if row >= len(plan.unresolved) or not found else 2)
            combo.activated.connect(lambda _=0, c=combo, r=registry, n=name: self._pick(c, r, n))
            self.view.setIndexWidget(self.model.index(row, 3), combo)
            self.combos.append(combo)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(3, 320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def _pick(self, combo: QComboBox, registry: str, name: str) -> None:
        if combo.currentData() != _PICK:
            return
        text, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ImportDialog", "Pick a record"),
            QCoreApplication.translate("ImportDialog", "Search for:"),
            text=name.split()[-1],
        )
        found = self._lookup(registry, text) if ok else []
        titles = [title for _, title in found]
        if titles:
            title, ok = QInputDialog.getItem(
                self,
                QCoreApplication.translate("ImportDialog", "Pick a record"),
                name,
                titles,
                0,
                False,
            )
            if ok:
                record_id = found[titles.index(title)][0]
                combo.insertItem(
                    combo.count() - 1,
                    QCoreApplication.translate("ImportDialog", "This one: {title}").format(
                        title=title
                    ),
                    record_id,
                )
                combo.setCurrentIndex(combo.count() - 2)
                return
        combo.setCurrentIndex(0)

    def _lookup(self, registry: str, text: str) -> list[tuple[Any, str]]:
        """(id, title) of the records, or (code, name) of the countries, ``text`` finds."""
        if registry != COUNTRIES:
            return self.services[registry].lookup(text)
        folded = fold_name(text)
        return [
            (code, name) for code, name in self.services.countries() if folded in fold_name(name)
        ]

    def choices(self) -> dict[str, dict[str, Any]]:
        """Registry -> folded name -> record id, "create" or "notes"."""
        chosen: dict[str, dict[str, Any]] = {}
        for (registry, name), combo in zip(self.names, self.combos, strict=True):
            value = combo.currentData()
            if value != _PICK:
                chosen.setdefault(registry, {})[fold_name(name)] = value
        return chosen
