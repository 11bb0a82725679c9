"""The form of one record, built from its entity description: every registry gets the same
form, with the same shortcuts, live validation, child lists and change history.

The form is a view over a ``RecordEdit`` (services/editing.py), which holds the values, what
is dirty and wrong, and saves them: the form builds the editors, passes each change on, and
shows the problems. A save is one write and no read: the form shows what the write returned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.fields import Entity, Kind
from ..services import Services
from ..services.editing import RecordEdit
from ..services.errors import ConflictError, NotFound, ValidationFailed
from ..services.registry import SavedRecord
from . import dialogs
from .attachments_tab import AttachmentsTab
from .child_list import ChildListEditor
from .duplicate_warning import DuplicateWarning
from .editors import ERROR_STYLE, FieldEditor, ProblemLine, make_editor
from .form_layout import FieldColumns, FieldRow, fit_label
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
        self.edit = RecordEdit(self.registry, record_id)  # the one read of the record
        self._touched: set[str] = set()
        self._save_attempted = False
        self._history_stale = self._attachments_stale = False
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, ProblemLine] = {}
        self.child_editors: dict[str, ChildListEditor] = {}

        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        for child in entity.children:
            editor = ChildListEditor(child, services)
            editor.changed.connect(lambda name=child.name: self._on_changed(name))
            self.child_editors[child.name] = editor
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
        self.attachments.changed.connect(self._history_changed)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.tabs.addTab(self.history_table, self.tr("History"))
        self.tabs.currentChanged.connect(self._refresh_stale_tab)
        # every tab's name whole, however narrow the form (its fields give way instead)
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width() + 4)
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

        self.changed_notice = QLabel()  # another officer saved this record meanwhile
        self.changed_notice.setWordWrap(True)
        self.changed_notice.setStyleSheet("QLabel { background: #fff3c4; padding: 4px; }")
        self.changed_notice.hide()
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        self.duplicate_warning = DuplicateWarning()
        self.duplicate_warning.open_requested.connect(self._open_existing)
        self._confirmed_key: tuple[Any, ...] | None = None  # «save anyway» said for this key
        layout.addWidget(self.changed_notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(980, 680)
        self._show_record()
        self._refresh_history()
        self.attachments.set_record(self.record_id)
        # typing, Esc and Ctrl+S work at once, without a click into the form first
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.focus_widget().setFocus()

    # -- building --------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        wide_kinds = (Kind.LONG_TEXT, Kind.MULTI_CHOICE)
        rows = [
            self._field_row(field, wide=field.kind in wide_kinds)
            for field in self.entity.fields
            if field.editable
        ]
        return FieldColumns(rows)

    def _field_row(self, field: Any, wide: bool) -> FieldRow:
        label = QLabel(tr_domain(field.label) + (" *" if field.required else ""))
        label.setToolTip(self.tr("Required") if field.required else "")
        editor = make_editor(field, self.services)
        editor.changed.connect(lambda name=field.name: self._on_changed(name))
        label.setBuddy(editor.focus_widget())
        error = ProblemLine()
        self.editors[field.name] = editor
        self.errors[field.name] = error
        return FieldRow(fit_label(label), editor, error, wide)

    # -- data ------------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self.edit.record_id

    @property
    def version(self) -> int | None:
        return self.edit.version

    def _show_record(self) -> None:
        """The editors show the edit's values as they are now (loaded, saved or theirs)."""
        self.changed_notice.hide()
        self._fill(self.edit.values)
        self._touched.clear()
        self._update_title()
        self._show_problems()
        self._show_duplicates()

    def _fill(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_value(values.get(name))
            editor.blockSignals(False)
        for name, child in self.child_editors.items():
            child.blockSignals(True)
            child.set_values(values.get(name) or [])
            child.blockSignals(False)

    def values(self) -> dict[str, Any]:
        return self.edit.values

    def is_dirty(self) -> bool:
        return self.edit.is_dirty

    def _update_title(self) -> None:
        label = tr_domain(self.entity.label)
        if self.record_id is None:
            self.setWindowTitle(self.tr("New: {entity}").format(entity=label))
            return
        mark = " *" if self.is_dirty() else ""
        self.setWindowTitle(f"{label}: {self.edit.title}{mark}")

    def _history_changed(self) -> None:
        """The change log moved on: read it now if it is in view, else when it is shown."""
        self._history_stale = True
        self._refresh_stale_tab()

    def _refresh_stale_tab(self) -> None:
        shown = self.tabs.currentWidget()
        if shown is self.history_table and self._history_stale:
            self._refresh_history()
        elif shown is self.attachments:
            self._sync_attachments()

    def _sync_attachments(self) -> None:
        """A record created here gets its attachments tab when it is first needed."""
        if self._attachments_stale:
            self._attachments_stale = False
            self.attachments.set_record(self.record_id)

    def _refresh_history(self) -> None:
        self._history_stale = False
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
        source = self.child_editors.get(name)
        self.edit.set(name, source.values() if source else self.editors[name].value())
        self._touched.add(name)
        self._show_problems()
        self._update_title()
        if name in self.entity.natural_key:
            self._show_duplicates()

    def _show_duplicates(self) -> None:
        """Records this one is probably a copy of, looked up as its name is typed (an index
        lookup per change of the key; never during the save itself)."""
        self.duplicate_warning.show_found(self.edit.duplicates())

    def _open_existing(self, record_id: int) -> None:
        opener = self.parentWidget()
        if opener is not None and hasattr(opener, "open_record"):
            opener.open_record(self.entity.name, record_id)  # the main window's, in its page
            return
        form = RecordForm(self.services, self.entity, record_id, opener)
        form.show()

    def _save_anyway(self) -> bool:
        """A probable duplicate is saved only once the user said so (once per key)."""
        key = self.edit.natural_key()
        if not self.edit.duplicates() or self._confirmed_key == key:
            return True
        if dialogs.ask(self, self.tr("Probable duplicate"), self.duplicate_warning.question()):
            self._confirmed_key = key
            return True
        return False

    def _show_problems(self) -> bool:
        """The edit's problems (checked once per change) next to their fields and rows; a
        field's own ones once it was touched or a save was tried."""
        problems = self.edit.problems
        shown = self._save_attempted
        for name, label in self.errors.items():
            messages = self.edit.field_problems(name) if shown or name in self._touched else []
            text = "; ".join(problem_text(p) for p in messages)
            label.show_message(text, self.editors[name].focus_widget())
        for name, child in self.child_editors.items():
            child.show_problems(self.edit.row_problems(name), shown)
        self.summary.setText(
            self.tr("Correct the fields marked in red before saving.") if problems and shown else ""
        )
        return not problems

    def save(self) -> bool:
        self._save_attempted = True
        if not self._show_problems() or not self._save_anyway():
            return False
        created = self.record_id is None
        try:
            saved = self.edit.save()
        except ConflictError as conflict:
            return self._on_conflict(conflict)
        except ValidationFailed:
            self._show_problems()
            return False
        self._after_save(saved, created)
        return True

    def changed_elsewhere(self) -> None:
        """Another officer saved or removed this record (a shared registry): a form with
        nothing typed shows their version; one with unsaved changes says so before the save
        (which will offer the comparison: mine / theirs / edit)."""
        if self.record_id is None:
            return
        if self.edit.is_dirty:
            self.changed_notice.setText(
                self.tr(
                    "Another user has changed this record since you opened it. Saving will "
                    "show both versions to choose from."
                )
            )
            self.changed_notice.show()
            return
        try:
            self.edit.load()
        except NotFound:
            self.changed_notice.setText(self.tr("Another user has deleted this record."))
            self.changed_notice.show()
            return
        self._show_record()
        self._history_changed()

    def _after_save(self, saved: SavedRecord, created: bool) -> None:
        """Show what the write stored (normalised values, the new version): no read."""
        self._save_attempted = False
        self._show_record()
        self._attachments_stale = self._attachments_stale or created
        self._history_changed()
        self.saved.emit(saved.changes)

    def _on_conflict(self, conflict: ConflictError) -> bool:
        mine = self.edit.cleaned
        lines = [
            f"{tr_domain(self.entity.field(n).label)}: {conflict.current_values.get(n)!s} "
            f"≠ {mine.get(n)!s}"
            for n in self.edit.conflicting_fields(conflict)
        ]
        choice = dialogs.resolve_conflict(self, conflict, "\n".join(lines))
        if choice == "mine":
            self.edit.keep_mine(conflict)
            return self.save()
        if choice == "theirs":
            self.edit.take_theirs(conflict)
            self._save_attempted = False
            self._show_record()
            self._history_changed()
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
        self._sync_attachments()
        paths: list[str | Path] = [
            url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()
        ]
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
        self._sync_attachments()
        html = record_card_html(
            self.services, self.entity, self.record_id, self.attachments.names()
        )
        print_html(self, html)

    def reject(self) -> None:
        self.close()  # Esc goes through the unsaved-changes question too
