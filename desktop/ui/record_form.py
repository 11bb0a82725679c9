"""The form of one record, built from its entity description: every registry gets the same
form, with the same shortcuts, live validation, child lists and change history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.fields import Entity, Kind
from ..domain.lifecycle import AGREEMENT_STATUSES, next_statuses
from ..domain.validation import clean
from ..services import Changes, Services
from ..services.errors import ConflictError, ValidationFailed
from . import dialogs
from .attachments_tab import AttachmentsTab
from .child_list import ERROR_STYLE, ChildListEditor
from .editors import FieldEditor, make_editor
from .rows_model import RowsModel, rows_view
from .text import format_date, problem_text, tr_domain


class RecordForm(QDialog):
    """Opened with a record id to edit it, or with None to create one."""

    saved = Signal(object)  # Changes
    closed = Signal()

    def __init__(
        self,
        services: Services,
        entity: Entity,
        record_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.entity = entity
        self.registry = services[entity.name]
        self.record_id = record_id
        self.version: int | None = None
        self._saved_title = ""
        self._loaded: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._save_attempted = False
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.children: dict[str, ChildListEditor] = {}

        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        for child in entity.children:
            hint = self._history_hint if child.name == "history" else None
            editor = ChildListEditor(child, services, hint)
            editor.changed.connect(lambda name=child.name: self._on_changed(name))
            self.children[child.name] = editor
            self.tabs.addTab(editor, tr_domain(child.label))
        self.history = RowsModel(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Change"),
            ]
        )
        self.history_table = rows_view(self.history)
        self.attachments = AttachmentsTab(services, entity.name)
        self.attachments.changed.connect(self._refresh_history)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.tabs.addTab(self.history_table, self.tr("History"))
        self.setAcceptDrops(True)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_close_button = QPushButton(self.tr("Save and close"))
        self.save_close_button.setToolTip(self.tr("Save and close (Ctrl+Enter)"))
        self.save_close_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Close (Esc)"))
        self.save_button.clicked.connect(self.save)
        self.save_close_button.clicked.connect(self.save_and_close)
        close.clicked.connect(self.close)
        print_button = QPushButton(self.tr("Print…"))
        print_button.setToolTip(self.tr("Print the record card or save it as PDF (Ctrl+P)"))
        print_button.clicked.connect(self.print_card)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_card)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.save_close_button, close):
            buttons.addWidget(button)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save_and_close)

        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(980, 680)
        self._load()

    # -- building --------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        short = [
            f
            for f in self.entity.fields
            if f.editable and f.kind not in (Kind.LONG_TEXT, Kind.MULTI_CHOICE)
        ]
        wide = [f for f in self.entity.fields if f.kind in (Kind.LONG_TEXT, Kind.MULTI_CHOICE)]
        host = QWidget()
        grid = QGridLayout(host)
        half = (len(short) + 1) // 2
        for column, fields in enumerate((short[:half], short[half:])):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in fields:
                form.addRow(self._label(field), self._field_cell(field))
            grid.addLayout(form, 0, column)
        wide_form = QFormLayout()
        for field in wide:
            wide_form.addRow(self._label(field), self._field_cell(field))
        grid.addLayout(wide_form, 1, 0, 1, 2)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        return scroll

    def _label(self, field: Any) -> QLabel:
        label = QLabel(tr_domain(field.label) + (" *" if field.required else ""))
        label.setToolTip(self.tr("Required") if field.required else "")
        return label

    def _field_cell(self, field: Any) -> QWidget:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        editor = make_editor(field, self.services, cell)
        editor.changed.connect(lambda name=field.name: self._on_changed(name))
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(editor)
        box.addWidget(error)
        self.editors[field.name] = editor
        self.errors[field.name] = error
        return cell

    def _history_hint(self, rows: list[dict[str, Any]]) -> str:
        last = rows[-1].get("status") if rows else None
        allowed = [tr_domain(AGREEMENT_STATUSES.label(s)) for s in next_statuses(last)]
        if not allowed:
            return self.tr("The agreement's history is complete.")
        return self.tr("Next step may be: {statuses}").format(statuses=", ".join(allowed))

    # -- data ------------------------------------------------------------------------------

    def _load(self) -> None:
        if self.record_id is None:
            values: dict[str, Any] = {f.name: f.default for f in self.entity.fields}
            if "history" in self.children:
                values["history"] = [{"status": "draft", "on_date": date.today()}]
            self.version = None
        else:
            values = self.registry.get(self.record_id)
            self.version = values["version"]
            # the saved name, looked up once: the title bar changes on every keystroke
            self._saved_title = self.registry.titles([self.record_id]).get(self.record_id, "")
        self._fill(values)
        self._loaded = self.values()
        self._touched.clear()
        self._refresh_history()
        self.attachments.set_record(self.record_id)
        self._update_title()
        self._validate()

    def _fill(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_value(values.get(name))
            editor.blockSignals(False)
        for name, child in self.children.items():
            child.blockSignals(True)
            child.set_values(values.get(name) or [])
            child.blockSignals(False)

    def values(self) -> dict[str, Any]:
        values = {name: editor.value() for name, editor in self.editors.items()}
        values.update({name: child.values() for name, child in self.children.items()})
        return values

    def is_dirty(self) -> bool:
        return self.values() != self._loaded

    def _update_title(self) -> None:
        label = tr_domain(self.entity.label)
        if self.record_id is None:
            self.setWindowTitle(self.tr("New: {entity}").format(entity=label))
            return
        mark = " *" if self.is_dirty() else ""
        self.setWindowTitle(f"{label}: {self._saved_title}{mark}")

    def _refresh_history(self) -> None:
        entries = self.registry.history(self.record_id) if self.record_id else []
        rows = []
        for entry in reversed(entries):
            field_label = ""
            if entry.field:
                known = [f for f in self.entity.fields if f.name == entry.field] + [
                    c for c in self.entity.children if c.name == entry.field
                ]
                field_label = (
                    tr_domain(known[0].label)
                    if known
                    else self.tr("Attachments")
                    if entry.field == "attachments"
                    else entry.field
                )
            change = (
                ""
                if entry.action != "update"
                else f"{entry.old_value or '—'} → {entry.new_value or '—'}"
            )
            action = {
                "create": self.tr("Created"),
                "update": self.tr("Changed"),
                "delete": self.tr("Moved to the trash"),
                "restore": self.tr("Restored"),
            }.get(entry.action, entry.action)
            rows.append([format_date(entry.at), entry.user, action, field_label, change])
        self.history.set_rows(rows)
        self.history_table.resizeColumnsToContents()

    # -- validation and saving -------------------------------------------------------------

    def _on_changed(self, name: str) -> None:
        self._touched.add(name)
        self._validate()
        self._update_title()

    def _validate(self) -> bool:
        _, problems = clean(self.entity, self.values())
        shown = self._save_attempted
        field_messages: dict[str, list[str]] = {}
        child_messages: dict[str, dict[int, list[str]]] = {}
        for problem in problems:
            if problem.child is not None:
                rows = child_messages.setdefault(problem.child, {})
                rows.setdefault(problem.row or 0, []).append(problem_text(problem))
            elif shown or problem.field in self._touched:
                field_messages.setdefault(problem.field, []).append(problem_text(problem))
        for name, label in self.errors.items():
            text = "; ".join(field_messages.get(name, []))
            label.setText(text)
            label.setVisible(bool(text))
        for name, child in self.children.items():
            child.show_errors(child_messages.get(name, {}))
        self.summary.setText(
            self.tr("Correct the fields marked in red before saving.") if problems and shown else ""
        )
        return not problems

    def save(self) -> bool:
        self._save_attempted = True
        if not self._validate():
            return False
        try:
            if self.record_id is None:
                changes = self.registry.create(self.values())
                self.record_id = changes.ids[0]
            else:
                assert self.version is not None
                changes = self.registry.update(self.record_id, self.version, self.values())
        except ConflictError as conflict:
            return self._on_conflict(conflict)
        except ValidationFailed:
            self._validate()
            return False
        self._after_save(changes)
        return True

    def _after_save(self, changes: Changes) -> None:
        self._save_attempted = False
        self._load()
        self.saved.emit(changes)

    def _on_conflict(self, conflict: ConflictError) -> bool:
        mine = self.values()
        lines = [
            f"{tr_domain(self.entity.field(n).label)}: {conflict.current_values.get(n)!s} "
            f"≠ {mine.get(n)!s}"
            for n in self.editors
            if self.entity.field(n).editable and conflict.current_values.get(n) != mine.get(n)
        ]
        choice = dialogs.resolve_conflict(self, conflict, "\n".join(lines))
        if choice == "mine":
            self.version = conflict.current_version
            return self.save()
        if choice == "theirs":
            self._load()
        return False

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.is_dirty():
            answer = dialogs.ask_unsaved(self, self.tr("Save the changes to this record?"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        event.accept()
        self.closed.emit()

    def done(self, result: int) -> None:
        self.closed.emit()
        super().done(result)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and self.record_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if self.attachments.add_files(paths):
            self.tabs.setCurrentWidget(self.attachments)
            event.acceptProposedAction()

    def print_card(self) -> None:
        from .printing import (  # QtPrintSupport: loaded when first printing
            print_html,
            record_card_html,
        )

        if self.record_id is None:
            return
        html = record_card_html(
            self.services, self.entity, self.record_id, self.attachments.names()
        )
        print_html(self, html)

    def reject(self) -> None:
        self.close()  # Esc goes through the unsaved-changes question too
